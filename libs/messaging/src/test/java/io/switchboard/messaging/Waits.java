package io.switchboard.messaging;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Holding a transaction open until told, and waiting for locks, in the tests of the outbox's locks. */
final class Waits {

    private Waits() {}

    /** Waits for {@code signal} and goes on on the caller's Vert.x context (the connection's own thread). */
    static Uni<Void> resumeHereWhen(CompletableFuture<Void> signal) {
        Context here = Vertx.currentContext();
        return Uni.createFrom().completionStage(signal).emitOn(task -> here.runOnContext(ignored -> task.run()));
    }

    /** Whether {@code future} ends within {@code timeout}. */
    static boolean endsWithin(CompletableFuture<?> future, Duration timeout) throws Exception {
        try {
            future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    /** Waits until some session holds an advisory lock. */
    static void awaitAdvisoryLockHeld(Pool database) {
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
