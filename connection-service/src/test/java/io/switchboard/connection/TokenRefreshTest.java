package io.switchboard.connection;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.connection.messaging.ConnectionEvents;
import io.switchboard.events.CloudEventHeaders;
import io.switchboard.events.Topics;
import io.switchboard.rest.problem.Problem;
import io.switchboard.testing.KafkaTestClient;
import io.switchboard.testing.TestTokens;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Access tokens for other services: refreshed ahead of expiry, one refresh at a time, dead grants handled once. */
@QuarkusTest
class TokenRefreshTest {

    private static final String SERVICE = TestTokens.service("activity-service");

    private final Pool database;

    TokenRefreshTest(Pool database) {
        this.database = database;
    }

    @BeforeEach
    void resetZoom() {
        ZoomWireMock.server().resetAll();
    }

    @Test
    void handsOutAStoredTokenThatIsStillGoodWithoutCallingZoom() {
        UUID connection =
                OAuthFlow.connect("org-" + UUID.randomUUID(), "acc-" + UUID.randomUUID(), "at-good", "rt", 3599);
        ZoomWireMock.server().resetRequests();
        accessToken(connection).statusCode(200).body("accessToken", is("at-good"));
        ZoomWireMock.server().verify(0, postRequestedFor(urlPathEqualTo("/oauth/token")));
    }

    @Test
    void fiftyConcurrentRequestsOnAnExpiredTokenCauseExactlyOneRefresh() throws Exception {
        UUID connection =
                OAuthFlow.connect("org-" + UUID.randomUUID(), "acc-" + UUID.randomUUID(), "at-old", "rt-old", 1);
        OAuthFlow.zoomRefreshes("rt-old", "at-new", "rt-new", 300);

        ExecutorService callers = Executors.newFixedThreadPool(50);
        try {
            List<CompletableFuture<String>> answers = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                answers.add(CompletableFuture.supplyAsync(
                        () -> accessToken(connection).statusCode(200).extract().<String>path("accessToken"), callers));
            }
            for (CompletableFuture<String> answer : answers) {
                assertEquals("at-new", answer.get());
            }
        } finally {
            callers.shutdown();
        }
        ZoomWireMock.server()
                .verify(
                        1,
                        postRequestedFor(urlPathEqualTo("/oauth/token"))
                                .withRequestBody(containing("grant_type=refresh_token")));
    }

    @Test
    void theNextRefreshUsesTheRotatedRefreshToken() {
        UUID connection = OAuthFlow.connect("org-" + UUID.randomUUID(), "acc-" + UUID.randomUUID(), "at-1", "rt-1", 1);
        OAuthFlow.zoomRefreshes("rt-1", "at-2", "rt-2", 0);
        accessToken(connection).statusCode(200).body("accessToken", is("at-2"));
        expire(connection);
        OAuthFlow.zoomRefreshes("rt-2", "at-3", "rt-3", 0);
        accessToken(connection).statusCode(200).body("accessToken", is("at-3"));
        ZoomWireMock.server()
                .verify(
                        1,
                        postRequestedFor(urlPathEqualTo("/oauth/token"))
                                .withRequestBody(containing("refresh_token=rt-2")));
    }

    @Test
    void aDeadGrantMarksTheConnectionForReauthorisationOnceWithoutARetryStorm() {
        String org = "org-" + UUID.randomUUID();
        UUID connection = OAuthFlow.connect(org, "acc-" + UUID.randomUUID(), "at-1", "rt-dead", 1);
        OAuthFlow.zoomRefusesRefreshes(400);
        for (int i = 0; i < 5; i++) {
            accessToken(connection)
                    .statusCode(409)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("type", is(Problem.TYPE_PREFIX + "reauth-required"));
        }
        ZoomWireMock.server()
                .verify(
                        1,
                        postRequestedFor(urlPathEqualTo("/oauth/token"))
                                .withRequestBody(containing("grant_type=refresh_token")));
        given().auth()
                .oauth2(TestTokens.member(org))
                .when()
                .get("/orgs/{org}/connections/{id}", org, connection)
                .then()
                .body("status", is("reauth_required"));
        Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .until(() -> OAuthFlow.events(connection, ConnectionEvents.REAUTH_REQUIRED) == 1);
    }

    @Test
    void reconnectingAfterADeadGrantRestoresTheConnection() {
        String org = "org-" + UUID.randomUUID();
        String account = "acc-" + UUID.randomUUID();
        UUID connection = OAuthFlow.connect(org, account, "at-1", "rt-dead", 1);
        OAuthFlow.zoomRefusesRefreshes(401);
        accessToken(connection).statusCode(409);

        assertEquals(connection, OAuthFlow.connect(org, account, "at-again", "rt-again", 3599));
        accessToken(connection).statusCode(200).body("accessToken", is("at-again"));
        Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .until(() -> KafkaTestClient.readAll(Topics.CONNECTIONS).stream()
                        .anyMatch(r -> connection.toString().equals(r.key())
                                && ConnectionEvents.RESTORED.equals(
                                        KafkaTestClient.header(r, CloudEventHeaders.TYPE))));
    }

    @Test
    void aPassingZoomFaultIsRetriedAndDoesNotFlipTheState() {
        String org = "org-" + UUID.randomUUID();
        UUID connection = OAuthFlow.connect(org, "acc-" + UUID.randomUUID(), "at-1", "rt-1", 1);
        ZoomWireMock.server()
                .stubFor(post(urlPathEqualTo("/oauth/token"))
                        .withRequestBody(containing("grant_type=refresh_token"))
                        .willReturn(aResponse().withStatus(503)));
        accessToken(connection).statusCode(503).contentType(Problem.MEDIA_TYPE);
        ZoomWireMock.server()
                .verify(
                        3,
                        postRequestedFor(urlPathEqualTo("/oauth/token"))
                                .withRequestBody(containing("grant_type=refresh_token")));
        given().auth()
                .oauth2(TestTokens.member(org))
                .when()
                .get("/orgs/{org}/connections/{id}", org, connection)
                .then()
                .body("status", is("active"));
    }

    @Test
    void theSecretsTableHoldsNoPlaintextToken() {
        OAuthFlow.connect(
                "org-" + UUID.randomUUID(), "acc-" + UUID.randomUUID(), "at-plain-check", "rt-plain-check", 3599);
        var rows = database.query("select access_token, refresh_token, client_secret from connection_secret")
                .execute()
                .await()
                .atMost(Duration.ofSeconds(10));
        int checked = 0;
        for (Row row : rows) {
            for (int column = 0; column < 3; column++) {
                var value = row.getBuffer(column);
                if (value != null) {
                    assertFalse(new String(value.getBytes(), StandardCharsets.ISO_8859_1).contains("plain-check"));
                    checked++;
                }
            }
        }
        assertFalse(checked == 0, "there were token columns to check");
    }

    @Test
    void onlyServicesGetAccessTokens() {
        given().auth()
                .oauth2(TestTokens.admin("acme"))
                .when()
                .post("/internal/connections/{id}/access-token", UUID.randomUUID())
                .then()
                .statusCode(403)
                .contentType(Problem.MEDIA_TYPE);
        accessToken(UUID.randomUUID()).statusCode(404).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void aRemovalDuringARefreshWaitsForItInsteadOfDeadlocking() {
        String org = "org-" + UUID.randomUUID();
        UUID connection = OAuthFlow.connect(org, "acc-" + UUID.randomUUID(), "at-lock", "rt-lock", 3599);
        expire(connection);
        OAuthFlow.zoomRefreshes("rt-lock", "at-lock-2", "rt-lock-2", 1_000);
        ZoomWireMock.server()
                .stubFor(post(urlPathEqualTo("/oauth/revoke"))
                        .willReturn(aResponse().withStatus(200)));

        CompletableFuture<Integer> refresh = CompletableFuture.supplyAsync(
                () -> accessToken(connection).extract().statusCode());
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> !ZoomWireMock.server()
                        .findAll(postRequestedFor(urlPathEqualTo("/oauth/token"))
                                .withRequestBody(containing("refresh_token=rt-lock")))
                        .isEmpty());
        int removal = given().auth()
                .oauth2(TestTokens.admin(org))
                .when()
                .delete("/orgs/{org}/connections/{id}", org, connection)
                .then()
                .extract()
                .statusCode();

        assertEquals(204, removal, "the removal waited for the refresh");
        assertEquals(200, refresh.join(), "the refresh that was under way completed");
        accessToken(connection).statusCode(404);
    }

    private static io.restassured.response.ValidatableResponse accessToken(UUID connection) {
        return given().auth()
                .oauth2(SERVICE)
                .when()
                .post("/internal/connections/{id}/access-token", connection)
                .then();
    }

    private void expire(UUID connection) {
        database.preparedQuery("update connection_secret set access_token_expires_at = now() where connection_id = $1")
                .execute(Tuple.of(connection))
                .await()
                .atMost(Duration.ofSeconds(10));
    }
}
