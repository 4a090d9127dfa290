package io.switchboard.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.messaging.housekeeping.Housekeeping;
import io.switchboard.testing.TestSql;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Housekeeping removes what is past its retention, in batches, and nothing else. */
@QuarkusTest
class HousekeepingTest {

    private final Pool database;
    private final Housekeeping housekeeping;

    HousekeepingTest(Pool database, Housekeeping housekeeping) {
        this.database = database;
        this.housekeeping = housekeeping;
    }

    @Test
    void publishedEventsPastRetentionGoInBatchesWhileUnpublishedAndRecentOnesStay() {
        String run = UUID.randomUUID().toString();
        outbox(run + ":old", 2_500, "now() - interval '2 days'");
        outbox(run + ":recent", 3, "now()");
        outbox(run + ":unpublished", 3, "null");

        housekeeping.pass().await().atMost(Duration.ofSeconds(60));

        assertEquals(0, count("select count(*) from outbox_event where record_key = $1", run + ":old"));
        assertEquals(3, count("select count(*) from outbox_event where record_key = $1", run + ":recent"));
        assertEquals(3, count("select count(*) from outbox_event where record_key = $1", run + ":unpublished"));
    }

    @Test
    void claimsOlderThanTheirRetentionGoAndRecentOnesStay() {
        String old = "old-" + UUID.randomUUID();
        String recent = "recent-" + UUID.randomUUID();
        database.preparedQuery(
                        "insert into processed_event (event_id, topic, processed_at) values"
                                + " ($1, 'switchboard.profiles', now() - interval '15 days'), ($2, 'switchboard.profiles', now())")
                .execute(Tuple.of(old, recent))
                .await()
                .atMost(Duration.ofSeconds(10));

        housekeeping.pass().await().atMost(Duration.ofSeconds(60));

        assertEquals(0, count("select count(*) from processed_event where event_id = $1", old));
        assertEquals(1, count("select count(*) from processed_event where event_id = $1", recent));
    }

    private void outbox(String key, int rows, String publishedAt) {
        List<Tuple> batch = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            batch.add(Tuple.of(UUID.randomUUID(), key));
        }
        database.preparedQuery("insert into outbox_event (id, topic, record_key, type, source, payload, published_at)"
                        + " values ($1, 'switchboard.license-actions', $2, 'license.test', '/test', '{}', "
                        + publishedAt + ")")
                .executeBatch(batch)
                .await()
                .atMost(Duration.ofSeconds(30));
    }

    private long count(String sql, String parameter) {
        return TestSql.number(database, sql, parameter);
    }
}
