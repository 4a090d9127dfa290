package io.switchboard.simulator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The simulator served in-process, with the consent page on and a small daily cap of Heavy calls. */
class EmbeddedZoomSimulatorTest {

    private static final String CLIENT = "consenting-app";
    private static final String SECRET = "consenting-secret";
    private static final String REDIRECT = "http://localhost:9999/oauth/zoom/callback";

    private static EmbeddedZoomSimulator zoom;

    @BeforeAll
    static void start() {
        zoom = EmbeddedZoomSimulator.start(
                SimulatorSettings.defaults()
                        .withConsent(true)
                        .withDailyCap(3)
                        .withApp(CLIENT, SimulatorSettings.App.oauth(SECRET, "SIMACCOUNTEMBEDDED", "user:read:admin")),
                0);
    }

    @AfterAll
    static void stop() {
        zoom.close();
    }

    @Test
    void theConsentPageAsksBeforeACodeIsIssued() {
        request()
                .queryParams(authorize("state-1"))
                .when()
                .get("/oauth/authorize")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("SIMACCOUNTEMBEDDED"))
                .body(containsString("name=\"state\" value=\"state-1\""));
        String location = decide("approve", "state-1");
        Map<String, String> answer = query(location);
        assertEquals("state-1", answer.get("state"));
        String access = exchange(answer.get("code"));
        request()
                .auth()
                .oauth2(access)
                .when()
                .get("/v2/users/me")
                .then()
                .statusCode(200)
                .body("account_id", is("SIMACCOUNTEMBEDDED"));
    }

    @Test
    void decliningRedirectsBackWithAccessDenied() {
        Map<String, String> answer = query(decide("deny", "state-2"));
        assertEquals("access_denied", answer.get("error"));
        assertEquals("state-2", answer.get("state"));
        assertTrue(!answer.containsKey("code"), "no code for a declined request");
    }

    @Test
    void aForeignRedirectIsRefusedBeforeAnythingIsShown() {
        Map<String, String> parameters = new HashMap<>(authorize("state-3"));
        parameters.put("redirect_uri", "https://attacker.example/steal");
        request()
                .queryParams(parameters)
                .when()
                .get("/oauth/authorize")
                .then()
                .statusCode(400)
                .body("error", is("invalid_request"));
    }

    @Test
    void heavyApisAnswerZoomsDailyLimitOnceTheCapIsUsed() {
        String access = consentedAccessToken();
        for (int call = 0; call < 3; call++) {
            request()
                    .auth()
                    .oauth2(access)
                    .when()
                    .get("/v2/accounts/me/plans/usage")
                    .then()
                    .statusCode(200);
        }
        request()
                .auth()
                .oauth2(access)
                .when()
                .get("/v2/accounts/me/plans/usage")
                .then()
                .statusCode(429)
                .body("code", is(429))
                .body("message", startsWith("You have exceeded the daily rate limit (3)"));
        request().auth().oauth2(access).when().get("/v2/users/me").then().statusCode(200);
    }

    @Test
    void aMalformedBodyGetsZoomsValidationErrorAndTheSimulatorKeepsServing() {
        request()
                .contentType("application/json")
                .body("{not json")
                .when()
                .post("/_sim/faults")
                .then()
                .statusCode(400)
                .body("code", is(300));
        request().when().get("/_sim/faults").then().statusCode(200).body("latencyMs", is(0));
    }

    @Test
    void requestsHeldBackByInjectedLatencyStillReadTheirBodies() {
        String access = consentedAccessToken();
        request()
                .contentType("application/json")
                .body(Map.of("latencyMs", 200))
                .when()
                .post("/_sim/faults")
                .then()
                .statusCode(200);
        try {
            request()
                    .auth()
                    .preemptive()
                    .basic(CLIENT, "wrong-secret")
                    .formParam("grant_type", "refresh_token")
                    .formParam("refresh_token", "unknown")
                    .when()
                    .post("/oauth/token")
                    .then()
                    .statusCode(401)
                    .body("error", is("invalid_client"));
            request()
                    .config(RestAssuredConfig.config()
                            .httpClient(HttpClientConfig.httpClientConfig().setParam("http.socket.timeout", 5_000)))
                    .auth()
                    .oauth2(access)
                    .contentType("application/json")
                    .body(Map.of("action", "custCreate", "user_info", Map.of("email", "held.back@example.com")))
                    .when()
                    .post("/v2/users")
                    .then()
                    .statusCode(201);
        } finally {
            request().when().delete("/_sim/faults").then().statusCode(204);
        }
    }

    private static RequestSpecification request() {
        return given().baseUri(zoom.baseUrl()).redirects().follow(false);
    }

    private static Map<String, String> authorize(String state) {
        return Map.of("response_type", "code", "client_id", CLIENT, "redirect_uri", REDIRECT, "state", state);
    }

    /** Answers the consent page's form as the user would; the redirect's location. */
    private static String decide(String decision, String state) {
        return request()
                .contentType("application/x-www-form-urlencoded")
                .formParams(authorize(state))
                .formParam("decision", decision)
                .when()
                .post("/oauth/authorize")
                .then()
                .statusCode(302)
                .header("Location", startsWith(REDIRECT + "?"))
                .extract()
                .header("Location");
    }

    /** An access token of the app, approved on the consent page. */
    private static String consentedAccessToken() {
        return exchange(query(decide("approve", "cap")).get("code"));
    }

    /** The access token the app gets for {@code code}. */
    private static String exchange(String code) {
        return request()
                .auth()
                .preemptive()
                .basic(CLIENT, SECRET)
                .formParam("grant_type", "authorization_code")
                .formParam("code", code)
                .formParam("redirect_uri", REDIRECT)
                .when()
                .post("/oauth/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    private static Map<String, String> query(String location) {
        Map<String, String> parameters = new HashMap<>();
        for (String pair : URI.create(location).getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            parameters.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return parameters;
    }
}
