package io.switchboard.simulator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The simulated Zoom OAuth server keeps Zoom's rules: single-use codes, PKCE, rotating refresh tokens. */
@QuarkusTest
class OAuthServerTest {

    private static final String CLIENT = "switchboard-local";
    private static final String SECRET = "switchboard-local-secret";
    private static final String REDIRECT = "http://127.0.0.1:8081/oauth/zoom/callback";
    private static final String VERIFIER = "the-pkce-code-verifier-of-this-test-0123456789";

    @Test
    void completesTheAuthorizationCodeFlowWithPkce() {
        String code = authorize();
        ValidatableResponse tokens = exchange(code, VERIFIER).statusCode(200);
        tokens.body("access_token", notNullValue())
                .body("refresh_token", notNullValue())
                .body("expires_in", is(3599));
        String access = tokens.extract().path("access_token");
        given().header("Authorization", "Bearer " + access)
                .when()
                .get("/v2/users/me")
                .then()
                .statusCode(200)
                .body("account_id", is("SIMACCOUNT00000001"));
    }

    @Test
    void refusesAWrongPkceVerifier() {
        exchange(authorize(), "another-verifier-that-does-not-match-the-challenge")
                .statusCode(400)
                .body("error", is("invalid_grant"));
    }

    @Test
    void aCodeWorksOnlyOnce() {
        String code = authorize();
        exchange(code, VERIFIER).statusCode(200);
        exchange(code, VERIFIER).statusCode(400).body("error", is("invalid_grant"));
    }

    @Test
    void everyRefreshRotatesTheRefreshTokenAndKillsTheOldOne() {
        String first = exchange(authorize(), VERIFIER).extract().path("refresh_token");
        String second = refresh(first).statusCode(200).extract().path("refresh_token");
        refresh(first).statusCode(400).body("error", is("invalid_grant")).body("reason", is("Invalid Token!"));
        refresh(second).statusCode(200);
    }

    @Test
    void eachAuthorizationIsOneGrantThatCountsItsOwnRefreshes() {
        var first = exchange(authorize(), VERIFIER).statusCode(200).extract();
        String grantId = given().get("/_sim/tokens/{token}", first.<String>path("access_token"))
                .then()
                .statusCode(200)
                .body("refreshes", is(0))
                .body("accountId", is("SIMACCOUNT00000001"))
                .extract()
                .path("grantId");
        var refreshed = refresh(first.path("refresh_token")).statusCode(200).extract();
        String latest = refresh(refreshed.path("refresh_token"))
                .statusCode(200)
                .extract()
                .path("access_token");
        given().get("/_sim/tokens/{token}", latest)
                .then()
                .statusCode(200)
                .body("grantId", is(grantId))
                .body("refreshes", is(2));
        String other = exchange(authorize(), VERIFIER).extract().path("access_token");
        given().get("/_sim/tokens/{token}", other).then().body("refreshes", is(0));
        given().get("/_sim/tokens/{token}", "no-such-token").then().statusCode(404);
    }

    @Test
    void anUninstalledAppCannotRefresh() {
        String refreshToken = exchange(authorize(), VERIFIER).extract().path("refresh_token");
        given().contentType("application/json")
                .body(Map.of("clientId", CLIENT, "accountId", "SIMACCOUNT00000001"))
                .when()
                .post("/_sim/installations/revoke")
                .then()
                .statusCode(204);
        refresh(refreshToken).statusCode(400).body("error", is("invalid_grant"));
        // Installing again issues new tokens; the ones from before the uninstall stay dead.
        exchange(authorize(), VERIFIER).statusCode(200);
        refresh(refreshToken).statusCode(400).body("error", is("invalid_grant"));
    }

    @Test
    void refusesRedirectsThatOnlyLookLikeARegisteredOne() {
        for (String lookalike : new String[] {
            "http://localhost:@evil.example/callback",
            "http://127.0.0.1:8081@evil.example/callback",
            "http://127.0.0.1.evil.example/callback",
            "http://localhost:8081/callback#fragment",
            "https://evil.example/?http://localhost:8081/"
        }) {
            given().redirects()
                    .follow(false)
                    .queryParam("response_type", "code")
                    .queryParam("client_id", CLIENT)
                    .queryParam("redirect_uri", lookalike)
                    .when()
                    .get("/oauth/authorize")
                    .then()
                    .statusCode(400)
                    .body("error", is("invalid_request"));
        }
    }

    @Test
    void aServerToServerAppGetsTokensWithoutARefreshToken() {
        given().header("Authorization", basic("switchboard-s2s", "switchboard-s2s-secret"))
                .formParam("grant_type", "account_credentials")
                .formParam("account_id", "SIMACCOUNT00000002")
                .when()
                .post("/oauth/token")
                .then()
                .statusCode(200)
                .body("access_token", notNullValue())
                .body("refresh_token", nullValue());
    }

    @Test
    void refusesWrongClientCredentialsAndUnknownTokens() {
        given().header("Authorization", basic(CLIENT, "wrong"))
                .formParam("grant_type", "refresh_token")
                .formParam("refresh_token", "x")
                .when()
                .post("/oauth/token")
                .then()
                .statusCode(401)
                .body("error", is("invalid_client"));
        given().header("Authorization", "Bearer nope")
                .when()
                .get("/v2/users/me")
                .then()
                .statusCode(401)
                .body("code", is(124));
    }

    @Test
    void countsEveryGrant() {
        given().when().post("/_sim/counters/reset").then().statusCode(204);
        refresh(exchange(authorize(), VERIFIER).extract().path("refresh_token"));
        Map<String, Integer> counters =
                given().when().get("/_sim/counters").then().extract().jsonPath().getMap("$");
        assertEquals(1, counters.get("grant.authorization_code"));
        assertEquals(1, counters.get("grant.refresh_token." + CLIENT));
    }

    private static String authorize() {
        String location = given().redirects()
                .follow(false)
                .queryParam("response_type", "code")
                .queryParam("client_id", CLIENT)
                .queryParam("redirect_uri", REDIRECT)
                .queryParam("state", "s-1")
                .queryParam("code_challenge", challenge(VERIFIER))
                .queryParam("code_challenge_method", "S256")
                .when()
                .get("/oauth/authorize")
                .then()
                .statusCode(302)
                .extract()
                .header("Location");
        Map<String, String> query = new HashMap<>();
        for (String pair : URI.create(location).getQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            query.put(parts[0], parts[1]);
        }
        assertEquals("s-1", query.get("state"));
        return query.get("code");
    }

    private static ValidatableResponse exchange(String code, String verifier) {
        return given().header("Authorization", basic(CLIENT, SECRET))
                .formParam("grant_type", "authorization_code")
                .formParam("code", code)
                .formParam("redirect_uri", REDIRECT)
                .formParam("code_verifier", verifier)
                .when()
                .post("/oauth/token")
                .then();
    }

    private static ValidatableResponse refresh(String refreshToken) {
        return given().header("Authorization", basic(CLIENT, SECRET))
                .formParam("grant_type", "refresh_token")
                .formParam("refresh_token", refreshToken)
                .when()
                .post("/oauth/token")
                .then();
    }

    private static String basic(String client, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    private static String challenge(String verifier) {
        try {
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(
                            MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
