package io.switchboard.connection;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.ValidatableResponse;
import io.switchboard.rest.problem.Problem;
import io.switchboard.testing.TestSql;
import io.switchboard.testing.TestTokens;
import io.vertx.mutiny.sqlclient.Pool;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Token refresh under a failing Zoom: one caller tries, the failure and the next attempt time are recorded on the
 * row, and every other caller gets a 503 with Retry-After at once, without calling Zoom and without holding a
 * database connection while it waits.
 */
@QuarkusTest
class RefreshBackOffTest {

    private static final String SERVICE = TestTokens.service("activity-service");
    private static final int CALLERS = 50;

    private final Pool database;
    private final ExecutorService callers = Executors.newFixedThreadPool(CALLERS);

    RefreshBackOffTest(Pool database) {
        this.database = database;
    }

    @BeforeEach
    void resetZoom() {
        ZoomWireMock.server().resetAll();
    }

    @AfterEach
    void stopCallers() {
        callers.shutdownNow();
    }

    @Test
    void fiftyCallersDuringA429GetA503WithRetryAfterAndZoomSeesAtMostThreeRequests() {
        UUID connection = expiredConnection("rt-429");
        zoomAnswersRefresh(429, 300);

        for (CompletableFuture<ValidatableResponse> answer : concurrentCalls(connection)) {
            answer.join().statusCode(503).contentType(Problem.MEDIA_TYPE).header("Retry-After", notNullValue());
        }
        int requests = tokenRequests();
        assertTrue(requests >= 1 && requests <= 3, "Zoom saw " + requests + " token requests");
    }

    @Test
    void callersWaitingForARefreshHoldNoDatabaseConnectionAndHealthStaysUp() {
        UUID connection = expiredConnection("rt-slow");
        zoomAnswersRefresh(429, 1_500);

        List<CompletableFuture<ValidatableResponse>> answers = concurrentCalls(connection);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> tokenRequests() >= 1);
        long waitingOnLocks = TestSql.number(
                database,
                "select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'");
        RestAssuredConfig fiveSeconds = RestAssuredConfig.config()
                .httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.socket.timeout", 5_000)
                        .setParam("http.connection.timeout", 5_000));
        given().config(fiveSeconds)
                .when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", is("UP"));

        assertEquals(0, waitingOnLocks, "no caller waits on the row lock inside the database");
        answers.forEach(CompletableFuture::join);
    }

    @Test
    void withinTheBackOffCallersGetA503WithoutCallingZoom() {
        UUID connection = expiredConnection("rt-off");
        zoomAnswersRefresh(503, 0);
        accessToken(connection).statusCode(503);
        ZoomWireMock.server().resetRequests();

        for (int i = 0; i < 5; i++) {
            accessToken(connection)
                    .statusCode(503)
                    .header("Retry-After", notNullValue())
                    .body("type", is(Problem.TYPE_PREFIX + "zoom-unavailable"));
        }
        assertEquals(0, tokenRequests());
    }

    @Test
    void afterTheBackOffTheNextCallerRefreshesAndTheFailuresAreCleared() {
        UUID connection = expiredConnection("rt-after");
        zoomAnswersRefresh(503, 0);
        accessToken(connection).statusCode(503);
        TestSql.number(
                database,
                "update connection_secret set refresh_retry_at = now() - interval '1 second' where connection_id = $1"
                        + " returning 1",
                connection);
        ZoomWireMock.server().resetAll();
        OAuthFlow.zoomRefreshes("rt-after", "at-after-2", "rt-after-2", 0);

        accessToken(connection).statusCode(200).body("accessToken", is("at-after-2"));
        assertEquals(
                0,
                TestSql.number(
                        database,
                        "select refresh_failures from connection_secret where connection_id = $1",
                        connection));
    }

    @Test
    void aTokenThatIsStillValidIsHandedOutWhileRefreshesFail() {
        UUID connection = OAuthFlow.connect(
                "org-" + UUID.randomUUID(), "acc-" + UUID.randomUUID(), "at-still-good", "rt-still", 120);
        zoomAnswersRefresh(503, 0);

        accessToken(connection).statusCode(200).body("accessToken", is("at-still-good"));
        ZoomWireMock.server().resetRequests();
        accessToken(connection).statusCode(200).body("accessToken", is("at-still-good"));
        assertEquals(0, tokenRequests(), "the second caller did not call Zoom during the back-off");
    }

    private List<CompletableFuture<ValidatableResponse>> concurrentCalls(UUID connection) {
        List<CompletableFuture<ValidatableResponse>> answers = new ArrayList<>();
        for (int i = 0; i < CALLERS; i++) {
            answers.add(CompletableFuture.supplyAsync(() -> accessToken(connection), callers));
        }
        return answers;
    }

    private static UUID expiredConnection(String refreshToken) {
        return OAuthFlow.connect("org-" + UUID.randomUUID(), "acc-" + UUID.randomUUID(), "at-x", refreshToken, 1);
    }

    private static void zoomAnswersRefresh(int status, int delayMillis) {
        ZoomWireMock.server()
                .stubFor(post(urlPathEqualTo("/oauth/token"))
                        .withRequestBody(containing("grant_type=refresh_token"))
                        .willReturn(aResponse()
                                .withStatus(status)
                                .withFixedDelay(delayMillis)
                                .withHeader("Retry-After", "30")));
    }

    private static int tokenRequests() {
        return ZoomWireMock.server()
                .findAll(postRequestedFor(urlPathEqualTo("/oauth/token"))
                        .withRequestBody(containing("grant_type=refresh_token")))
                .size();
    }

    private static ValidatableResponse accessToken(UUID connection) {
        return given().auth()
                .oauth2(SERVICE)
                .when()
                .post("/internal/connections/{id}/access-token", connection)
                .then();
    }
}
