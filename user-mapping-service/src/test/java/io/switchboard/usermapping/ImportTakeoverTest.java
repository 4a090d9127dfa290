package io.switchboard.usermapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.switchboard.testing.SimulatorControl;
import io.switchboard.testing.TestSql;
import io.vertx.mutiny.sqlclient.Pool;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A replica that dies mid-import stops heart-beating; another takes the run over and restarts it from the first
 * page, and the first one's late pages cannot complete or fail the new attempt.
 */
@QuarkusTest
class ImportTakeoverTest {

    private final Pool database;

    ImportTakeoverTest(Pool database) {
        this.database = database;
    }

    @AfterEach
    void clearFaults() {
        SimulatorControl.clearFaults();
    }

    @Test
    void aRunWhoseHeartbeatStoppedIsRestartedAndCompletes() {
        String org = "org-" + UUID.randomUUID();
        String account = ImportTest.account();
        SimulatorControl.generated(account, 900, "takeover.example");
        UUID connection = Directories.newConnection(account);
        Directories.startSlowImport(database, org, connection, 300);

        // The first attempt stalls in its next request to Zoom, as a replica that hangs would, and its heartbeat ages.
        SimulatorControl.faults(Map.of("latencyMs", 6000));
        Awaitility.await().pollDelay(Duration.ofSeconds(1)).until(() -> true);
        TestSql.number(
                database,
                "update import_run set heartbeat_at = now() - interval '1 hour' where connection_id = $1 returning 1",
                connection);
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> TestSql.number(
                                database, "select max(attempts) from import_run where connection_id = $1", connection)
                        == 2);
        SimulatorControl.clearFaults();
        JsonPath run = Directories.awaitImport(org, connection, 1);

        assertEquals("completed", run.getString("state"), run.prettify());
        assertEquals(2, run.getInt("attempts"), "taken over once");
        assertEquals(900, run.getInt("usersSeen"), "the new attempt counted from the first page");
        assertEquals(900, Directories.total(org, connection));
    }
}
