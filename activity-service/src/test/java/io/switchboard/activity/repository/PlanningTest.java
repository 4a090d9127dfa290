package io.switchboard.activity.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The service's connections plan every run of a prepared statement anew, never from a plan cached earlier. */
@QuarkusTest
class PlanningTest {

    private final Pool database;

    PlanningTest(Pool database) {
        this.database = database;
    }

    @Test
    void everyConnectionOfThePoolPlansEachStatementForTheTablesAsTheyAreNow() {
        for (int i = 0; i < 3; i++) {
            String mode = database.withConnection(
                            sql -> sql.query("show plan_cache_mode").execute())
                    .await()
                    .atMost(Duration.ofSeconds(10))
                    .iterator()
                    .next()
                    .getString(0);
            assertEquals("force_custom_plan", mode);
        }
    }
}
