package io.switchboard.messaging;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.switchboard.events.Topics;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
            awaitTopicHeld();
            CompletableFuture<Void> second = holding(sql -> outbox.shareTopic(sql, TOPIC), done());

            assertTrue(endsWithin(second, Duration.ofSeconds(10)), "the second part does not wait for the first");
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
            awaitTopicHeld();
            writer = holding(sql -> outbox.lockTopic(sql, TOPIC), done());

            assertFalse(endsWithin(writer, Duration.ofSeconds(1)), "the writer waits while a part holds the topic");
        } finally {
            release.complete(null);
        }
        part.get(10, TimeUnit.SECONDS);
        assertTrue(endsWithin(writer, Duration.ofSeconds(10)), "the writer goes on once the part has ended");
    }

    /** Runs {@code lock} in a transaction that ends once {@code release} completes; the transaction's end. */
    private CompletableFuture<Void> holding(Function<SqlConnection, Uni<Void>> lock, CompletableFuture<Void> release) {
        return database.withTransaction(sql -> lock.apply(sql).call(() -> resumeHereWhen(release)))
                .subscribeAsCompletionStage();
    }

    private static CompletableFuture<Void> done() {
        return CompletableFuture.completedFuture(null);
    }

    /** Waits for {@code signal} and goes on on the caller's Vert.x context (the connection's own thread). */
    private static Uni<Void> resumeHereWhen(CompletableFuture<Void> signal) {
        Context here = Vertx.currentContext();
        return Uni.createFrom().completionStage(signal).emitOn(task -> here.runOnContext(ignored -> task.run()));
    }

    private static boolean endsWithin(CompletableFuture<?> future, Duration timeout) throws Exception {
        try {
            future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    private void awaitTopicHeld() {
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() ->
                        database.preparedQuery("select count(*) from pg_locks where locktype = 'advisory' and granted")
                                        .execute()
                                        .await()
                                        .atMost(Duration.ofSeconds(5))
                                        .iterator()
                                        .next()
                                        .getLong(0)
                                > 0);
    }
}
