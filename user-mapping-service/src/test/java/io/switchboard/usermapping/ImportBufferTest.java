package io.switchboard.usermapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.switchboard.testing.SimulatorControl;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The listing of an import runs ahead of its stores by {@code import-pages-buffered} pages (4 here) and no further:
 * a slow store costs Zoom's pace nothing until the buffer is full, and a stuck one never fills memory.
 */
@QuarkusTest
class ImportBufferTest {

    private static final int BUFFERED = 4;

    private final Pool database;

    ImportBufferTest(Pool database) {
        this.database = database;
    }

    @Test
    void whileStoresAreHeldTheListingFetchesTheBufferedPagesAheadAndThenWaits() {
        String org = "org-" + UUID.randomUUID();
        String account = "BUF"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        SimulatorControl.generated(account, 3_000, "buffer.example");
        UUID connection = Directories.newConnection(account);
        SqlConnection holder = database.getConnection().await().atMost(Duration.ofSeconds(10));
        Transaction held = holder.begin().await().atMost(Duration.ofSeconds(10));
        JsonPath run;
        try {
            // Every store writes Zoom users; a share lock on the table holds each one until the test lets go.
            holder.query("lock table zoom_user in share mode").execute().await().atMost(Duration.ofSeconds(10));
            Directories.announce("connection.established", org, connection);
            Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> SimulatorControl.calls(account) >= BUFFERED + 1);
            // The page in its store and the buffered pages behind it, nothing more, for a whole second in which
            // Zoom's pace would allow about 20 more pages.
            Awaitility.await()
                    .during(Duration.ofSeconds(1))
                    .atMost(Duration.ofSeconds(3))
                    .until(() -> SimulatorControl.calls(account) == BUFFERED + 1);
        } finally {
            held.rollback().await().atMost(Duration.ofSeconds(10));
            holder.close().await().atMost(Duration.ofSeconds(10));
        }
        run = Directories.awaitImport(org, connection, 1);
        assertEquals("completed", run.getString("state"), run.prettify());
        assertEquals(3_000, run.getInt("usersSeen"));
    }
}
