package io.switchboard.zoom.api.rate;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * How long to wait after a 429 before trying again: Zoom's {@code Retry-After} when it sent one (plus up to a tenth
 * more, so that callers do not return together), else an exponential back-off with jitter: a random wait between half
 * and all of {@code base * 2^(attempt - 1)}, at most {@code max}.
 */
public final class Backoff {

    private final Duration base;
    private final Duration max;
    private final DoubleSupplier random;

    public Backoff(Duration base, Duration max) {
        this(base, max, () -> ThreadLocalRandom.current().nextDouble());
    }

    /** With {@code random} giving numbers in [0, 1). */
    public Backoff(Duration base, Duration max, DoubleSupplier random) {
        this.base = base;
        this.max = max;
        this.random = random;
    }

    /** The wait before retry {@code attempt} (1 for the first), given Zoom's {@code Retry-After} if any. */
    public Duration delay(int attempt, Optional<Duration> retryAfter) {
        if (retryAfter.isPresent()) {
            Duration asked = retryAfter.get();
            return asked.plus(jitter(asked.dividedBy(10)));
        }
        Duration ceiling = base.multipliedBy(1L << Math.min(20, attempt - 1));
        Duration full = ceiling.compareTo(max) > 0 ? max : ceiling;
        Duration half = full.dividedBy(2);
        return half.plus(jitter(half));
    }

    private Duration jitter(Duration upTo) {
        return Duration.ofNanos((long) (upTo.toNanos() * random.getAsDouble()));
    }
}
