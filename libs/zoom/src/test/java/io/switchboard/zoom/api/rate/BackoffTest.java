package io.switchboard.zoom.api.rate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Back-off after a 429: exponential with jitter and a ceiling, or Zoom's Retry-After. */
class BackoffTest {

    private static final Duration BASE = Duration.ofSeconds(1);
    private static final Duration MAX = Duration.ofSeconds(30);

    @Test
    void doublesFromHalfToAllOfEachStepUpToTheCeiling() {
        Backoff least = new Backoff(BASE, MAX, () -> 0.0);
        Backoff most = new Backoff(BASE, MAX, () -> 0.999_999);
        assertEquals(Duration.ofMillis(500), least.delay(1, Optional.empty()));
        assertEquals(Duration.ofSeconds(2), least.delay(3, Optional.empty()));
        assertEquals(3_999, most.delay(3, Optional.empty()).toMillis(), "never above the step");
        assertEquals(Duration.ofSeconds(15), least.delay(10, Optional.empty()), "half the ceiling at least");
        assertEquals(29, most.delay(10, Optional.empty()).toSeconds());
    }

    @Test
    void waitsAtLeastWhatZoomsRetryAfterAsks() {
        Backoff least = new Backoff(BASE, MAX, () -> 0.0);
        Backoff most = new Backoff(BASE, MAX, () -> 0.999_999);
        assertEquals(Duration.ofSeconds(7), least.delay(1, Optional.of(Duration.ofSeconds(7))));
        assertEquals(7, most.delay(1, Optional.of(Duration.ofSeconds(7))).toSeconds());
        assertEquals(Duration.ofSeconds(60), least.delay(5, Optional.of(Duration.ofSeconds(60))), "not capped");
    }
}
