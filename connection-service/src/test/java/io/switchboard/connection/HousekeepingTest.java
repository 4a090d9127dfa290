package io.switchboard.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.messaging.housekeeping.Housekeeping;
import io.switchboard.testing.TestSql;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** connection-service's stale rows go with housekeeping; live ones stay. */
@QuarkusTest
class HousekeepingTest {

    private final Pool database;
    private final Housekeeping housekeeping;

    HousekeepingTest(Pool database, Housekeeping housekeeping) {
        this.database = database;
        this.housekeeping = housekeeping;
    }

    @Test
    void abandonedPendingConnectionsGoWithTheirStatesWhileRecentOnesStay() {
        String org = "org-" + UUID.randomUUID();
        UUID abandoned = connection(org, "pending", "now() - interval '2 days'");
        UUID recent = connection(org, "pending", "now()");
        UUID activeForYears = connection(org, "active", "now() - interval '3 years'");
        state(abandoned, "now() - interval '2 days'");

        pass();

        assertEquals(0, count("select count(*) from connection where id = $1", abandoned));
        assertEquals(0, count("select count(*) from oauth_state where connection_id = $1", abandoned));
        assertEquals(1, count("select count(*) from connection where id = $1", recent));
        assertEquals(1, count("select count(*) from connection where id = $1", activeForYears));
    }

    @Test
    void statesExpiredLongerThanTheirRetentionGoWhileLiveOnesStay() {
        String org = "org-" + UUID.randomUUID();
        UUID connection = connection(org, "pending", "now()");
        String expired = state(connection, "now() - interval '2 hours'");
        String live = state(connection, "now() + interval '5 minutes'");

        pass();

        assertEquals(0, count("select count(*) from oauth_state where state_hash = $1", expired));
        assertEquals(1, count("select count(*) from oauth_state where state_hash = $1", live));
    }

    private void pass() {
        housekeeping.pass().await().atMost(Duration.ofSeconds(30));
    }

    private UUID connection(String org, String status, String createdAt) {
        UUID id = UUID.randomUUID();
        database.preparedQuery("insert into connection (id, org_id, type, status, created_at) values ($1, $2, 'oauth',"
                        + " $3, " + createdAt + ")")
                .execute(Tuple.of(id, org, status))
                .await()
                .atMost(Duration.ofSeconds(10));
        return id;
    }

    private String state(UUID connection, String expiresAt) {
        String hash = "hash-" + UUID.randomUUID();
        database.preparedQuery("insert into oauth_state (state_hash, org_id, created_by, connection_id, key_id,"
                        + " code_verifier, expires_at) select $1, org_id, 'admin', id, 'test1', '\\x00'::bytea, "
                        + expiresAt + " from connection where id = $2")
                .execute(Tuple.of(hash, connection))
                .await()
                .atMost(Duration.ofSeconds(10));
        return hash;
    }

    private long count(String sql, Object parameter) {
        return TestSql.number(database, sql, parameter);
    }
}
