package io.switchboard.messaging;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.switchboard.events.Topics;
import io.switchboard.testing.TestSql;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Transactions that append events of one key take turns, so sequence order is commit order. */
@QuarkusTest
class OutboxKeyOrderTest {

    private final Pool database;
    private final Outbox outbox;
    private final Vertx vertx;

    OutboxKeyOrderTest(Pool database, Outbox outbox, Vertx vertx) {
        this.database = database;
        this.outbox = outbox;
        this.vertx = vertx;
    }

    @Test
    void aSecondWriterOfAKeyWaitsForTheFirstToCommitAndComesAfterIt() throws Exception {
        String key = "order-" + UUID.randomUUID();
        OutboxEvent first = OutboxEvent.of(Topics.LICENSE_ACTIONS, key, "license.test", "/test", null, "{}");
        OutboxEvent second = OutboxEvent.of(Topics.LICENSE_ACTIONS, key, "license.test", "/test", null, "{}");
        CompletableFuture<Void> release = new CompletableFuture<>();
        CompletableFuture<Object> firstCommitted =
                inTransaction(() -> outbox.append(first).call(() -> Waits.resumeHereWhen(release)));
        Waits.awaitAdvisoryLockHeld(database);

        CompletableFuture<Object> secondCommitted = inTransaction(() -> outbox.append(second));
        assertFalse(
                Waits.endsWithin(secondCommitted, Duration.ofSeconds(1)),
                "the second writer of the key waits for the first");
        release.complete(null);
        firstCommitted.get(10, TimeUnit.SECONDS);
        secondCommitted.get(10, TimeUnit.SECONDS);

        assertTrue(seq(first) < seq(second), "the first to commit has the lower sequence number");
    }

    private long seq(OutboxEvent event) {
        return TestSql.number(database, "select seq from outbox_event where id = $1", event.id());
    }

    private CompletableFuture<Object> inTransaction(Supplier<Uni<?>> work) {
        return Transactions.inTransaction(vertx, work);
    }
}
