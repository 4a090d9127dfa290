package io.switchboard.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Bounded waits of the benchmarks: a condition checked on a timer until it holds or the time is up. */
final class BenchWait {

    private static final Duration EVERY = Duration.ofMillis(200);

    private BenchWait() {}

    /** Waits until {@code condition} holds, checking every 200 ms; false when {@code timeout} passed first. */
    static boolean until(BooleanSupplier condition, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        Executor later = CompletableFuture.delayedExecutor(EVERY.toMillis(), TimeUnit.MILLISECONDS);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            CompletableFuture.runAsync(() -> {}, later).join();
        }
        return true;
    }
}
