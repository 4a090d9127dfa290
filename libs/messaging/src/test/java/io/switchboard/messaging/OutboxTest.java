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

    private long count(String sql, OutboxEvent event) {
        return TestSql.number(database, sql, event.id());
    }
}
