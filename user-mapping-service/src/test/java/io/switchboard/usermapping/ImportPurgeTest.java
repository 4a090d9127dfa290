package io.switchboard.usermapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.testing.SimulatorControl;
import io.switchboard.testing.TestSql;
import io.vertx.mutiny.sqlclient.Pool;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A connection removed while its import runs is purged for good: the run ends and its later pages write nothing. */
@QuarkusTest
class ImportPurgeTest {

    private final Pool database;

    ImportPurgeTest(Pool database) {
        this.database = database;
    }

    @AfterEach
    void clearFaults() {
        SimulatorControl.clearFaults();
    }

    @Test
    void aConnectionRemovedMidImportEndsTheRunAndItsLaterPagesStoreNobody() {
        String org = "org-" + UUID.randomUUID();
        String account = ImportTest.account();
        SimulatorControl.generated(account, 1500, "purged.example");
        UUID connection = Directories.newConnection(account);
        Directories.startSlowImport(database, org, connection, 400);

        Directories.announce("connection.removed", org, connection);

        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> TestSql.number(
                                database,
                                "select count(*) from import_run where connection_id = $1 and state = 'failed'"
                                        + " and last_error = 'The connection was removed'",
                                connection)
                        == 1);
        // The run's remaining pages (400 ms each) would all have been stored within these seconds.
        Awaitility.await()
                .during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(10))
                .until(() ->
                        TestSql.number(database, "select count(*) from zoom_user where connection_id = $1", connection)
                                == 0);
        assertEquals(
                0,
                TestSql.number(
                        database,
                        "select count(*) from import_run where connection_id = $1 and state <> 'failed'",
                        connection),
                "no run of the removed connection is left to run");
    }
}
