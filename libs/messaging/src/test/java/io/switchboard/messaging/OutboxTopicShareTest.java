package io.switchboard.messaging;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.switchboard.events.Topics;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The parts of a bulk append split by key hold a topic side by side, and every exclusive holder waits for them. */
@QuarkusTest
class OutboxTopicShareTest {

    private static final String TOPIC = Topics.MAPPINGS;

    private final Pool database;
    private final Outbox outbox;

    OutboxTopicShareTest(Pool database, Outbox outbox) {
        this.database = database;
        this.outbox = outbox;
    }

    @Test
    void twoPartsHoldTheTopicAtOnce() throws Exception {
        CompletableFuture<Void> release = new CompletableFuture<>();
        CompletableFuture<Void> first = holding(sql -> outbox.shareTopic(sql, TOPIC), release);
        try {
            Waits.awaitAdvisoryLockHeld(database);
            CompletableFuture<Void> second = holding(sql -> outbox.shareTopic(sql, TOPIC), done());

            assertTrue(Waits.endsWithin(second, Duration.ofSeconds(10)), "the second part does not wait for the first");
        } finally {
            release.complete(null);
            first.get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aWriterThatLocksTheTopicWaitsForThePartsToEnd() throws Exception {
        CompletableFuture<Void> release = new CompletableFuture<>();
        CompletableFuture<Void> part = holding(sql -> outbox.shareTopic(sql, TOPIC), release);
        CompletableFuture<Void> writer;
        try {
            Waits.awaitAdvisoryLockHeld(database);
            writer = holding(sql -> outbox.lockTopic(sql, TOPIC), done());

            assertFalse(
                    Waits.endsWithin(writer, Duration.ofSeconds(1)), "the writer waits while a part holds the topic");
        } finally {
            release.complete(null);
        }
        part.get(10, TimeUnit.SECONDS);
        assertTrue(Waits.endsWithin(writer, Duration.ofSeconds(10)), "the writer goes on once the part has ended");
    }

    /** Runs {@code lock} in a transaction that ends once {@code release} completes; the transaction's end. */
    private CompletableFuture<Void> holding(Function<SqlConnection, Uni<Void>> lock, CompletableFuture<Void> release) {
        return database.withTransaction(sql -> lock.apply(sql).call(() -> Waits.resumeHereWhen(release)))
                .subscribeAsCompletionStage();
    }

    private static CompletableFuture<Void> done() {
        return CompletableFuture.completedFuture(null);
    }
}
