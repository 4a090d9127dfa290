package io.switchboard.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.mutiny.core.Vertx;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** When the relay's rounds run, on real Vert.x timers: the pause, a wake that cuts it short, and a back-off. */
class RoundSchedulerTest {

    private static final Duration LONG = Duration.ofSeconds(30);

    private final Vertx vertx = Vertx.vertx();
    private final LinkedBlockingQueue<Long> rounds = new LinkedBlockingQueue<>();
    private final RoundScheduler scheduler = new RoundScheduler(vertx, () -> rounds.add(System.nanoTime()));

    @AfterEach
    void close() {
        scheduler.stop();
        vertx.closeAndAwait();
    }

    @Test
    void aWakeRunsTheNextRoundNowInsteadOfAfterThePause() throws InterruptedException {
        scheduler.after(LONG, false);
        assertEquals(null, rounds.poll(200, TimeUnit.MILLISECONDS), "the pause holds the round back");

        scheduler.wake();

        assertTrue(rounds.poll(2, TimeUnit.SECONDS) != null, "woken, the round ran");
    }

    @Test
    void aWakeDuringARoundRunsTheNextRightAfterIt() throws InterruptedException {
        scheduler.after(Duration.ZERO, false);
        rounds.take(); // a round is running: nothing is scheduled until it ends
        scheduler.wake();

        scheduler.after(LONG, false); // the round ended and asked for the long pause

        assertTrue(rounds.poll(2, TimeUnit.SECONDS) != null, "the wake during the round was kept");
    }

    @Test
    void aWakeDoesNotCutABackOffShort() throws InterruptedException {
        scheduler.after(LONG, true);

        scheduler.wake();

        assertEquals(null, rounds.poll(500, TimeUnit.MILLISECONDS), "still backing off");
    }
}
