package io.switchboard.connection;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.switchboard.rest.problem.Problem;
import io.switchboard.testing.TestSql;
import io.switchboard.testing.TestTokens;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two OAuth flows of one organisation for the same Zoom account, confirmed at the same moment: one connection is
 * kept, the other caller gets a clear 409 naming it, and the tokens that are not kept are revoked at Zoom.
 */
@QuarkusTest
class ConcurrentConfirmationTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final Pool database;

    ConcurrentConfirmationTest(Pool database) {
        this.database = database;
    }

    @BeforeEach
    void resetZoom() {
        ZoomWireMock.server().resetAll();
    }

    @Test
    void twoConfirmationsAtOnceKeepOneConnectionAndRevokeTheOtherTokens() {
        String org = "org-" + UUID.randomUUID();
        OAuthFlow.zoomAccepts("acc-" + UUID.randomUUID(), "unused", "unused", 3599);
        zoomExchanges("code-a", "at-a");
        zoomExchanges("code-b", "at-b");
        ZoomWireMock.server()
                .stubFor(post(urlPathEqualTo("/oauth/revoke"))
                        .willReturn(aResponse().withStatus(200)));
        Map<String, String> first =
                OAuthFlow.answered("code-a", OAuthFlow.start(org).get("state"));
        Map<String, String> second =
                OAuthFlow.answered("code-b", OAuthFlow.start(org).get("state"));

        List<ValidatableResponse> answers = confirmBothWhileTheirRowsAreHeld(org, first, second);

        List<Integer> statuses =
                answers.stream().map(a -> a.extract().statusCode()).sorted().toList();
        assertEquals(List.of(200, 409), statuses);
        ValidatableResponse loser = answers.stream()
                .filter(a -> a.extract().statusCode() == 409)
                .findFirst()
                .orElseThrow();
        loser.contentType(Problem.MEDIA_TYPE).body("type", is(Problem.TYPE_PREFIX + "connected-concurrently"));
        String kept = answers.stream()
                .filter(a -> a.extract().statusCode() == 200)
                .findFirst()
                .orElseThrow()
                .extract()
                .path("id");
        String unkeptToken = kept.equals(first.get("connectionId")) ? "at-b" : "at-a";

        List<LoggedRequest> revokes = ZoomWireMock.server().findAll(postRequestedFor(urlPathEqualTo("/oauth/revoke")));
        assertEquals(1, revokes.size(), "the unkept tokens were revoked once");
        assertEquals("token=" + unkeptToken, revokes.get(0).getBodyAsString());
        given().auth()
                .oauth2(TestTokens.member(org))
                .when()
                .get("/orgs/{org}/connections", org)
                .then()
                .body("$", hasSize(1))
                .body("[0].id", is(kept))
                .body("[0].status", is("active"));
    }

    /**
     * Holds both pending rows so that both confirmations have looked for a live connection of the account before
     * either writes; then lets them race to commit.
     */
    private List<ValidatableResponse> confirmBothWhileTheirRowsAreHeld(
            String org, Map<String, String> first, Map<String, String> second) {
        SqlConnection holder = database.getConnection().await().atMost(WAIT);
        try {
            Transaction held = holder.begin().await().atMost(WAIT);
            holder.preparedQuery("select id from connection where id in ($1, $2) for update")
                    .execute(Tuple.of(
                            UUID.fromString(first.get("connectionId")), UUID.fromString(second.get("connectionId"))))
                    .await()
                    .atMost(WAIT);
            CompletableFuture<ValidatableResponse> a =
                    CompletableFuture.supplyAsync(() -> OAuthFlow.confirm(TestTokens.admin(org), org, first));
            CompletableFuture<ValidatableResponse> b =
                    CompletableFuture.supplyAsync(() -> OAuthFlow.confirm(TestTokens.admin(org), org, second));
            Awaitility.await()
                    .atMost(WAIT)
                    .until(() -> TestSql.number(
                                    database,
                                    "select count(*) from pg_stat_activity where datname = current_database()"
                                            + " and wait_event_type = 'Lock'")
                            >= 2);
            held.commit().await().atMost(WAIT);
            return List.of(a.join(), b.join());
        } finally {
            holder.close().await().atMost(WAIT);
        }
    }

    private static void zoomExchanges(String code, String accessToken) {
        ZoomWireMock.server()
                .stubFor(post(urlPathEqualTo("/oauth/token"))
                        .withRequestBody(containing("code=" + code))
                        .willReturn(aResponse()
                                .withHeader("Content-Type", "application/json")
                                .withBody("{\"access_token\":\"" + accessToken + "\",\"token_type\":\"bearer\","
                                        + "\"refresh_token\":\"rt-" + code + "\",\"expires_in\":3599,"
                                        + "\"scope\":\"user:read:admin\"}")));
    }
}
