package io.switchboard.zoom.api.rate;

import io.switchboard.zoom.api.error.ZoomDailyLimitException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The daily cap of Heavy and Resource-intensive calls of each account and rate table, which resets at 00:00 UTC:
 * counted here, and closed for the rest of the day as soon as Zoom answers that the cap is spent (other apps on the
 * account spend it too).
 */
final class DailyCaps {

    private final Clock clock;
    private final Map<String, Day> days = new ConcurrentHashMap<>();

    DailyCaps(Clock clock) {
        this.clock = clock;
    }

    /** One account's calls on one UTC day. */
    private static final class Day {
        private long epochDay;
        private int used;
        private boolean closed;

        synchronized boolean take(long today, int cap) {
            if (epochDay != today) {
                epochDay = today;
                used = 0;
                closed = false;
            }
            if (closed || used >= cap) {
                return false;
            }
            used++;
            return true;
        }

        synchronized void close(long today) {
            epochDay = today;
            closed = true;
        }
    }

    /** Counts one call of {@code key}; the typed daily-limit failure when the day's {@code cap} is spent. */
    void take(String key, int cap) {
        if (!days.computeIfAbsent(key, k -> new Day()).take(today(), cap)) {
            throw new ZoomDailyLimitException(
                    "The daily cap of Heavy and Resource-intensive calls of Zoom account " + key
                            + " is spent; it resets at 00:00 UTC",
                    429,
                    0,
                    nextReset());
        }
    }

    /** Zoom said the day's cap is spent: no more calls of {@code key} until 00:00 UTC. */
    void close(String key) {
        days.computeIfAbsent(key, k -> new Day()).close(today());
    }

    /** The next 00:00 UTC. */
    Instant nextReset() {
        return LocalDate.ofEpochDay(today() + 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private long today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toEpochDay();
    }
}
