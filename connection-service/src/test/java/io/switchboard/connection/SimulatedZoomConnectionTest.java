package io.switchboard.connection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import io.switchboard.connection.messaging.ConnectionEvents;
import io.switchboard.testing.TestTokens;
import io.switchboard.testing.TestZoom;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** An organisation connects its Zoom account through the simulated Zoom, and its tokens follow Zoom's rules. */
@QuarkusTest
@TestProfile(SimulatedZoomProfile.class)
class SimulatedZoomConnectionTest {

    private static final String SERVICE = TestTokens.service("activity-service");

    private final Pool database;

    SimulatedZoomConnectionTest(Pool database) {
        this.database = database;
    }

    @Test
    void connectsThroughZoomsAuthorizationAndHandsOutATokenZoomAccepts() {
        String org = "org-" + UUID.randomUUID();
        UUID connection = connect(org);
        given().auth()
                .oauth2(TestTokens.member(org))
                .when()
                .get("/orgs/{org}/connections/{id}", org, connection)
                .then()
                .statusCode(200)
                .body("status", is("active"))
                .body("zoomAccountId", is(TestZoom.OAUTH_ACCOUNT));
        zoomAccepts(accessToken(connection).statusCode(200).extract().path("accessToken"));
    }

    @Test
    void concurrentCallersOnAnExpiredTokenMakeExactlyOneRefreshAtZoom() throws Exception {
        UUID connection = connect("org-" + UUID.randomUUID());
        String before = accessToken(connection).statusCode(200).extract().path("accessToken");
        expire(connection);
        long refreshes = refreshGrants();
        ExecutorService callers = Executors.newFixedThreadPool(20);
        Set<String> handedOut = new HashSet<>();
        try {
            List<CompletableFuture<String>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                answers.add(CompletableFuture.supplyAsync(
                        () -> accessToken(connection).statusCode(200).extract().<String>path("accessToken"), callers));
            }
            for (CompletableFuture<String> answer : answers) {
                handedOut.add(answer.get());
            }
        } finally {
            callers.shutdown();
        }
        assertEquals(refreshes + 1, refreshGrants(), "exactly one refresh grant reached Zoom");
        assertEquals(1, handedOut.size(), "every caller got the one new token");
        String after = handedOut.iterator().next();
        assertNotEquals(before, after);
        zoomAccepts(after);
        given().baseUri(TestZoom.baseUrl())
                .get("/_sim/tokens/{token}", after)
                .then()
                .statusCode(200)
                .body("refreshes", is(1));
    }

    @Test
    void aZoomSideUninstallNeedsReauthorisationAndConnectingAgainRestoresTheConnection() {
        String org = "org-" + UUID.randomUUID();
        UUID connection = connect(org);
        expire(connection);
        given().baseUri(TestZoom.baseUrl())
                .contentType("application/json")
                .body(Map.of("clientId", TestZoom.OAUTH_CLIENT_ID, "accountId", TestZoom.OAUTH_ACCOUNT))
                .when()
                .post("/_sim/installations/revoke")
                .then()
                .statusCode(204);
        accessToken(connection).statusCode(409);
        Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .until(() -> OAuthFlow.events(connection, ConnectionEvents.REAUTH_REQUIRED) == 1);

        assertEquals(connection, connect(org), "authorising again reinstalls the app on the same connection");
        zoomAccepts(accessToken(connection).statusCode(200).extract().path("accessToken"));
        Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .until(() -> OAuthFlow.events(connection, ConnectionEvents.RESTORED) == 1);
    }

    /** The whole flow: start, Zoom's authorize (approves at once), the callback, the admin's confirmation. */
    private static UUID connect(String org) {
        URI authorize = URI.create(given().auth()
                .oauth2(TestTokens.admin(org))
                .when()
                .post("/orgs/{org}/connections/zoom", org)
                .then()
                .statusCode(201)
                .extract()
                .path("authorizeUrl"));
        assertEquals(TestZoom.baseUrl(), authorize.getScheme() + "://" + authorize.getAuthority());
        URI callback = URI.create(given().redirects()
                .follow(false)
                .urlEncodingEnabled(false)
                .when()
                .get(authorize.toString())
                .then()
                .statusCode(302)
                .extract()
                .header("Location"));
        Map<String, String> answer = OAuthFlow.query(callback);
        Map<String, String> confirmation = OAuthFlow.answered(answer.get("code"), answer.get("state"));
        return UUID.fromString(OAuthFlow.confirm(TestTokens.admin(org), org, confirmation)
                .statusCode(200)
                .extract()
                .path("id"));
    }

    private static ValidatableResponse accessToken(UUID connection) {
        return given().auth()
                .oauth2(SERVICE)
                .when()
                .post("/internal/connections/{id}/access-token", connection)
                .then();
    }

    private static void zoomAccepts(String accessToken) {
        given().baseUri(TestZoom.baseUrl())
                .auth()
                .oauth2(accessToken)
                .when()
                .get("/v2/users/me")
                .then()
                .statusCode(200)
                .body("account_id", is(TestZoom.OAUTH_ACCOUNT));
    }

    private static long refreshGrants() {
        Number count = given().baseUri(TestZoom.baseUrl())
                .when()
                .get("/_sim/counters")
                .then()
                .statusCode(200)
                .extract()
                .path("'grant.refresh_token." + TestZoom.OAUTH_CLIENT_ID + "'");
        return count == null ? 0 : count.longValue();
    }

    private void expire(UUID connection) {
        database.preparedQuery("update connection_secret set access_token_expires_at = now() where connection_id = $1")
                .execute(Tuple.of(connection))
                .await()
                .atMost(Duration.ofSeconds(10));
    }
}
