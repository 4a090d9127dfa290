package io.switchboard.deploy.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Waiting for the stack to get somewhere, with a deadline: a timeout says what it waited for and what it saw. */
final class Await {

    private static final Duration POLL = Duration.ofMillis(750);

    private Await() {}

    /** Polls {@code probe} until {@code done} holds for its answer (null answers never do); that answer. */
    static <T> T until(String what, Duration timeout, Supplier<T> probe, Predicate<T> done) {
        Instant deadline = Instant.now().plus(timeout);
        T last = null;
        while (true) {
            last = probe.get();
            if (last != null && done.test(last)) {
                return last;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new DemoFailure(
                        "Timed out after " + timeout.toSeconds() + " s waiting for " + what + "; last seen: " + last);
            }
            pause(POLL);
        }
    }

    static void pause(Duration pause) {
        try {
            TimeUnit.MILLISECONDS.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DemoFailure("Interrupted while waiting", e);
        }
    }
}
