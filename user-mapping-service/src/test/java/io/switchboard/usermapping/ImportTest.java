package io.switchboard.usermapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.switchboard.events.Topics;
import io.switchboard.testing.SimulatorControl;
import io.switchboard.testing.TestSql;
import io.vertx.mutiny.sqlclient.Pool;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Importing a connection's Zoom directory: every user, every status, many pages, nothing half-applied. */
@QuarkusTest
class ImportTest {

    private final Pool database;

    ImportTest(Pool database) {
        this.database = database;
    }

    @AfterEach
    void clearFaults() {
        SimulatorControl.clearFaults();
    }

    @Test
    void importsEveryUserOfEveryStatusOverManyPagesAndPublishesEachRecord() {
        String org = "org-" + UUID.randomUUID();
        String account = "ACC"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        List<Map<String, Object>> users = new ArrayList<>();
        for (int n = 0; n < 2_000; n++) {
            users.add(SimulatorControl.user("person" + n + "@big.example", "active"));
        }
        users.add(SimulatorControl.user("gone@big.example", "inactive"));
        users.add(SimulatorControl.user("invited@big.example", "pending"));
        SimulatorControl.directory(account, users);
        UUID connection = Directories.newConnection(account);

        JsonPath run = Directories.connectAndImport(org, connection);

        assertEquals("completed", run.getString("state"));
        assertEquals(2_002, run.getInt("usersSeen"));
        assertTrue(run.getInt("pagesFetched") >= 9, "2,000 active users at 300 a page, plus the other statuses");
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> Directories.latest(Topics.ZOOM_USERS, connection).size() == 2_002);
        Map<String, String> records = Directories.latest(Topics.ZOOM_USERS, connection);
        assertTrue(records.get("pending:invited@big.example").contains("\"status\":\"pending\""));
    }

    @Test
    void aUserGoneFromZoomIsRemovedWithATombstoneAtTheNextCompleteImport() {
        String org = "org-" + UUID.randomUUID();
        String account = account();
        List<String> ids = SimulatorControl.directory(
                account,
                List.of(
                        SimulatorControl.user("stays@x.example", "active"),
                        SimulatorControl.user("leaves@x.example", "active")));
        UUID connection = Directories.newConnection(account);
        Directories.connectAndImport(org, connection);

        SimulatorControl.remove(account, ids.get(1));
        Directories.announce("connection.sync_requested", org, connection);
        Directories.awaitImport(org, connection, 2);

        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> Directories.latest(Topics.ZOOM_USERS, connection).containsValue(null));
        Map<String, String> records = Directories.latest(Topics.ZOOM_USERS, connection);
        assertNull(records.get(ids.get(1)), "the user that left has a tombstone");
        assertEquals(2, records.size());
        assertEquals(
                1,
                TestSql.number(database, "select count(*) from mapping where connection_id = $1", connection),
                "only the user that stays keeps a mapping row");
    }

    @Test
    void aRateLimitMidImportIsWaitedOutAndTheImportCompletes() {
        String org = "org-" + UUID.randomUUID();
        String account = account();
        SimulatorControl.generated(account, 900, "rl.example");
        UUID connection = Directories.newConnection(account);
        SimulatorControl.faults(Map.of("force429Count", 2, "retryAfterSeconds", 1));

        JsonPath run = Directories.connectAndImport(org, connection);

        assertEquals("completed", run.getString("state"), run.prettify());
        assertEquals(900, run.getInt("usersSeen"));
    }

    @Test
    void anImportThatFailsPartWayRemovesNobody() {
        String org = "org-" + UUID.randomUUID();
        String account = account();
        SimulatorControl.generated(account, 1_200, "fail.example");
        UUID connection = Directories.newConnection(account);
        Directories.connectAndImport(org, connection);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> Directories.latest(Topics.ZOOM_USERS, connection).size() == 1_200);

        SimulatorControl.faults(Map.of("latencyMs", 400));
        Directories.announce("connection.sync_requested", org, connection);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> Directories.importRun(org, connection).getInt("pagesFetched") >= 1
                        && "running"
                                .equals(Directories.importRun(org, connection).getString("state")));
        SimulatorControl.faults(Map.of("errorRate", 1.0));
        JsonPath failed = Directories.awaitImport(org, connection, 2);

        assertEquals("failed", failed.getString("state"));
        assertTrue(failed.getString("lastError") != null);
        assertEquals(1_200, Directories.total(org, connection), "nobody was removed");
    }

    @Test
    void requestsDuringARunQueueOneMoreRunAfterItNeverASecondAtOnce() {
        String org = "org-" + UUID.randomUUID();
        String account = account();
        SimulatorControl.generated(account, 900, "once.example");
        UUID connection = Directories.newConnection(account);
        SimulatorControl.faults(Map.of("latencyMs", 1_000));
        Directories.announce("connection.established", org, connection);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> "running".equals(Directories.state(org, connection)));

        Directories.announce("connection.sync_requested", org, connection);
        Directories.announce("connection.sync_requested", org, connection);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> List.of("queued", "running").equals(historyOf(org, connection, "state")));
        SimulatorControl.clearFaults();
        JsonPath run = Directories.awaitImport(org, connection, 2);

        assertEquals("completed", run.getString("state"));
        assertEquals(
                List.of("completed", "completed"),
                historyOf(org, connection, "state"),
                "the two requests during the run coalesced into one run after it, and no third");
        List<String> started = historyOf(org, connection, "startedAt");
        List<String> finished = historyOf(org, connection, "finishedAt");
        assertTrue(
                java.time.Instant.parse(started.get(0)).compareTo(java.time.Instant.parse(finished.get(1))) >= 0,
                "the second run started after the first had finished");
    }

    private static List<String> historyOf(String org, UUID connection, String field) {
        return io.restassured.RestAssured.given()
                .auth()
                .oauth2(io.switchboard.testing.TestTokens.member(org))
                .when()
                .get("/orgs/{org}/connections/{id}/import/history", org, connection)
                .then()
                .extract()
                .jsonPath()
                .getList(field);
    }

    static String account() {
        return "ACC"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }
}
