package io.switchboard.simulator;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.switchboard.simulator.service.ApiError;
import io.switchboard.simulator.service.RateLimiter;
import io.switchboard.simulator.service.RateLimiter.Category;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Zoom's limits: per second and category, and a daily cap of Heavy calls that resets at 00:00 UTC. */
class RateLimiterTest {

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-11-22T23:59:00Z");

        void advance(Duration step) {
            now = now.plus(step);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();

    @Test
    void heavyCallsStopAtTheDailyCapUntilMidnightUtc() {
        RateLimiter limits = new RateLimiter("pro", 25, clock);
        for (int call = 0; call < 25; call++) {
            limits.acquire("acc", Category.HEAVY);
            clock.advance(Duration.ofMillis(200));
        }
        ApiError refused = assertThrows(ApiError.class, () -> limits.acquire("acc", Category.HEAVY));
        assertEquals(429, refused.status());
        assertEquals(RateLimiter.DAILY_MESSAGE.formatted(25), refused.getMessage());
        clock.advance(Duration.ofSeconds(30));
        assertThrows(ApiError.class, () -> limits.acquire("acc", Category.HEAVY), "still the same UTC day");
        clock.advance(Duration.ofMinutes(1));
        assertDoesNotThrow(() -> limits.acquire("acc", Category.HEAVY), "a new UTC day");
    }

    @Test
    void theDailyCapCountsEachAccountAloneAndLeavesOtherCategoriesAlone() {
        RateLimiter limits = new RateLimiter("pro", 3, clock);
        for (int call = 0; call < 3; call++) {
            limits.acquire("capped", Category.HEAVY);
        }
        assertThrows(ApiError.class, () -> limits.acquire("capped", Category.HEAVY));
        assertDoesNotThrow(() -> limits.acquire("capped", Category.LIGHT));
        assertDoesNotThrow(() -> limits.acquire("capped", Category.MEDIUM));
        assertDoesNotThrow(() -> limits.acquire("another", Category.HEAVY));
    }

    @Test
    void aCallRefusedByThePerSecondLimitDoesNotCountAgainstTheDay() {
        RateLimiter limits = new RateLimiter("pro", 12, clock);
        for (int call = 0; call < 10; call++) {
            limits.acquire("acc", Category.HEAVY);
        }
        ApiError perSecond = assertThrows(ApiError.class, () -> limits.acquire("acc", Category.HEAVY));
        assertEquals(RateLimiter.MESSAGE, perSecond.getMessage());
        clock.advance(Duration.ofSeconds(1));
        limits.acquire("acc", Category.HEAVY);
        limits.acquire("acc", Category.HEAVY);
        ApiError daily = assertThrows(ApiError.class, () -> limits.acquire("acc", Category.HEAVY));
        assertEquals(RateLimiter.DAILY_MESSAGE.formatted(12), daily.getMessage());
    }

    @Test
    void businessPlansGetZoomsHigherPerSecondLimits() {
        RateLimiter pro = new RateLimiter("pro", 30_000, clock);
        RateLimiter business = new RateLimiter("business", 60_000, clock);
        assertEquals(30, pro.limit(Category.LIGHT));
        assertEquals(80, business.limit(Category.LIGHT));
        assertEquals(20, pro.limit(Category.MEDIUM));
        assertEquals(60, business.limit(Category.MEDIUM));
        assertEquals(10, pro.limit(Category.HEAVY));
        assertEquals(40, business.limit(Category.HEAVY));
        for (int call = 0; call < 40; call++) {
            business.acquire("acc", Category.HEAVY);
        }
        assertThrows(ApiError.class, () -> business.acquire("acc", Category.HEAVY));
    }
}
