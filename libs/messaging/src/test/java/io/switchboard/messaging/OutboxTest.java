package io.switchboard.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.switchboard.events.Topics;
import io.switchboard.testing.TestSql;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import org.junit.jupiter.api.Test;

/** An outbox event commits or rolls back with the transaction that appended it. */
@QuarkusTest
class OutboxTest {

    private final Pool database;
    private final Outbox outbox;
    private final Vertx vertx;

    OutboxTest(Pool database, Outbox outbox, Vertx vertx) {
        this.database = database;
        this.outbox = outbox;
        this.vertx = vertx;
    }

    @Test
    void anEventOfACommittedTransactionIsStoredUnpublished() {
        OutboxEvent event = OutboxEvent.of(Topics.LICENSE_ACTIONS, "committed", "license.test", "/test", null, "{}");
        Transactions.inTransaction(vertx, () -> outbox.append(event)).join();
        assertEquals(1, count("select count(*) from outbox_event where id = $1 and published_at is null", event));
    }

    @Test
    void anEventOfARolledBackTransactionIsNeverStored() {
        OutboxEvent event = OutboxEvent.of(Topics.LICENSE_ACTIONS, "rolled-back", "license.test", "/test", null, "{}");
        Throwable failure = Transactions.inTransaction(
                        vertx,
                        () -> outbox.append(event)
                                .flatMap(ignored ->
                                        Uni.createFrom().failure(new IllegalStateException("the change failed"))))
                .handle((ignored, error) -> error)
                .join();
        assertTrue(failure instanceof IllegalStateException, "the transaction failed as the test meant it to");
        assertEquals(0, count("select count(*) from outbox_event where id = $1", event));
    }

    @Test
    void aBulkAppendOfTenThousandKeysCommitsInOrderWithoutExhaustingTheLockTable() {
        String batch = "bulk-" + java.util.UUID.randomUUID();
        java.util.List<OutboxEvent> events = new java.util.ArrayList<>();
        for (int n = 0; n < 10_000; n++) {
            events.add(OutboxEvent.of(Topics.LICENSE_ACTIONS, batch + ":" + n, "license.test", "/test", null, "{}"));
        }
        database.withTransaction(connection -> outbox.appendAll(connection, events))
                .await()
                .atMost(java.time.Duration.ofSeconds(60));

        assertEquals(
                10_000,
                TestSql.number(database, "select count(*) from outbox_event where record_key like $1", batch + ":%"));
        assertEquals(
                0,
                TestSql.number(
                        database,
                        "select count(*) from (select record_key, seq, lag(record_key) over (order by seq) as previous"
                                + " from outbox_event where record_key like $1) ordered where previous is not null"
                                + " and split_part(previous, ':', 2)::int > split_part(record_key, ':', 2)::int",
                        batch + ":%"),
                "rows are stored in the order they were given");
    }

    private long count(String sql, OutboxEvent event) {
        return TestSql.number(database, sql, event.id());
    }
}
