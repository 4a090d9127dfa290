package io.switchboard.messaging;

import io.vertx.mutiny.core.Vertx;
import java.time.Duration;

/**
 * When the outbox relay's next round runs, one round at a time: after the pause the last round asked for, or at once
 * when woken (a transaction just committed events), unless the relay is backing off from a failure. Woken while a
 * round runs, the next one starts right after it.
 */
final class RoundScheduler {

    private final Vertx vertx;
    private final Runnable round;
    private long timer = -1;
    private boolean woken;
    private boolean backingOff;
    private boolean stopped;

    RoundScheduler(Vertx vertx, Runnable round) {
        this.vertx = vertx;
        this.round = round;
    }

    /** Runs the next round after {@code delay}; a back-off ({@code backOff}) is not cut short by {@link #wake()}. */
    synchronized void after(Duration delay, boolean backOff) {
        if (stopped) {
            return;
        }
        backingOff = backOff;
        long millis = woken && !backOff ? 1 : Math.max(1, delay.toMillis());
        woken = false;
        timer = vertx.setTimer(millis, id -> fire());
    }

    /** Events were committed: the next round runs now instead of after its pause. */
    synchronized void wake() {
        if (stopped || backingOff) {
            return;
        }
        if (timer < 0) {
            woken = true;
        } else if (vertx.cancelTimer(timer)) {
            timer = vertx.setTimer(1, id -> fire());
        }
    }

    synchronized void stop() {
        stopped = true;
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    private void fire() {
        synchronized (this) {
            timer = -1;
        }
        round.run();
    }
}
