package io.switchboard.license;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.switchboard.rest.problem.Problem;
import io.switchboard.testing.SimulatorControl;
import io.vertx.mutiny.sqlclient.Pool;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** An Idempotency-Key makes a retried action safe: it acts once, whatever arrives after. */
@QuarkusTest
class IdempotencyTest {

    private static final String KEY = "Idempotency-Key";

    private final Pool database;

    IdempotencyTest(Pool database) {
        this.database = database;
    }

    @Test
    void aRetryWithTheSameKeyGetsTheStoredAnswerWithoutActingAgain() {
        ActionFixture zoom = ActionFixture.connect(database, List.of(ActionFixture.user("ka@a.example", "active", 2)));
        String id = zoom.ids().get(0);
        String key = UUID.randomUUID().toString();

        String first =
                deactivate(zoom, id, key).then().statusCode(200).extract().path("actionId");
        deactivate(zoom, id, key)
                .then()
                .statusCode(200)
                .header("Idempotent-Replayed", "true")
                .body("actionId", is(first))
                .body("outcome", is("succeeded"));

        assertEquals(2, zoom.zoomCalls(), "one read and one deactivation reached Zoom, for both requests");
        assertEquals(1, zoom.audit().size());
        zoom.events(1);
        zoom.eventsStay(1);
    }

    @Test
    void theSameKeyForAnotherRequestIsA422Problem() {
        ActionFixture zoom = ActionFixture.connect(
                database,
                List.of(
                        ActionFixture.user("la@a.example", "active", 2),
                        ActionFixture.user("lb@a.example", "active", 2)));
        String key = UUID.randomUUID().toString();
        deactivate(zoom, zoom.ids().get(0), key).then().statusCode(200);

        deactivate(zoom, zoom.ids().get(1), key).then().statusCode(422).contentType(Problem.MEDIA_TYPE);

        zoom.atZoom(zoom.ids().get(1)).then().body("status", is("active"));
    }

    @Test
    void concurrentDuplicatesActOnceAndTheOthersAreToldItIsInProgress() throws Exception {
        ActionFixture zoom = ActionFixture.connect(database, List.of(ActionFixture.user("ma@a.example", "active", 2)));
        String id = zoom.ids().get(0);
        String key = UUID.randomUUID().toString();
        SimulatorControl.faults(Map.of("latencyMs", 400));
        List<Response> answers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<CompletableFuture<Response>> calls = new ArrayList<>();
            for (int n = 0; n < 4; n++) {
                calls.add(CompletableFuture.supplyAsync(() -> deactivate(zoom, id, key), pool));
            }
            for (CompletableFuture<Response> call : calls) {
                answers.add(call.get());
            }
        } finally {
            SimulatorControl.clearFaults();
            pool.shutdown();
        }

        long acted = answers.stream()
                .filter(a -> a.statusCode() == 200 && a.header("Idempotent-Replayed") == null)
                .count();
        long inProgress = answers.stream().filter(a -> a.statusCode() == 409).count();
        assertEquals(1, acted, "exactly one request acted");
        assertTrue(inProgress >= 1, "a duplicate arriving while the first was in progress got 409");
        assertTrue(answers.stream().allMatch(a -> a.statusCode() == 200 || a.statusCode() == 409));
        assertEquals(2, zoom.zoomCalls(), "Zoom was read and asked once");
        assertEquals(1, zoom.audit().size());
    }

    @Test
    void aRequestThatFailedGivesItsKeyUpSoThatARetryActs() {
        ActionFixture zoom = ActionFixture.connect(database, List.of(ActionFixture.user("na@a.example", "active", 2)));
        String id = zoom.ids().get(0);
        String key = UUID.randomUUID().toString();
        SimulatorControl.faults(Map.of("errorRate", 1.0));
        try {
            deactivate(zoom, id, key).then().statusCode(503);
        } finally {
            SimulatorControl.clearFaults();
        }

        deactivate(zoom, id, key).then().statusCode(200).body("outcome", is("succeeded"));

        zoom.atZoom(id).then().body("status", is("inactive"));
    }

    @Test
    void aKeyLeftInProgressByAReplicaThatDiedIsTakenOverOnceStale() {
        ActionFixture zoom = ActionFixture.connect(database, List.of(ActionFixture.user("oa@a.example", "active", 2)));
        String id = zoom.ids().get(0);
        String key = UUID.randomUUID().toString();
        deactivate(zoom, id, key).then().statusCode(200);
        // As if the replica had died after acting at Zoom and before storing the answer.
        markInProgress(zoom, key, "now()");
        deactivate(zoom, id, key).then().statusCode(409).contentType(Problem.MEDIA_TYPE);

        markInProgress(zoom, key, "now() - interval '1 hour'");

        deactivate(zoom, id, key)
                .then()
                .statusCode(200)
                .body("outcome", is("skipped"))
                .body("reason", org.hamcrest.Matchers.notNullValue());
        zoom.atZoom(id).then().body("status", is("inactive"));
        zoom.eventsStay(1);
    }

    private void markInProgress(ActionFixture zoom, String key, String since) {
        database.preparedQuery("update idempotency_key set state = 'in_progress', response_status = null,"
                        + " response_body = null, completed_at = null, created_at = " + since
                        + " where org_id = $1 and idempotency_key = $2")
                .execute(io.vertx.mutiny.sqlclient.Tuple.of(zoom.org(), key))
                .await()
                .atMost(java.time.Duration.ofSeconds(10));
    }

    private static Response deactivate(ActionFixture zoom, String id, String key) {
        return zoom.asAdmin().header(KEY, key).when().post(zoom.accounts() + "/{id}/deactivate", id);
    }
}
