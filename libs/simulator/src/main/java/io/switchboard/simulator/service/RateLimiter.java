package io.switchboard.simulator.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Zoom's per-account, per-category rate limits (shared by every app on the account), counted in one-second
 * windows. Pro: Light 30/s, Medium 20/s, Heavy 10/s; Business and above: 80, 60, 40. Heavy APIs also share a daily
 * cap per account (30,000 Pro, 60,000 Business+) that resets at 00:00 UTC.
 */
public class RateLimiter {

    /** Zoom's 429 message for the per-second limit. */
    public static final String MESSAGE =
            "You have reached the maximum per-second rate limit for this API. Try again later.";

    /** Zoom's 429 message for the daily limit, with the cap filled in. */
    public static final String DAILY_MESSAGE = "You have exceeded the daily rate limit (%d) of Heavy API requests "
            + "permitted for this account. You may resume these requests at GMT 00:00:00.";

    /** The rate-limit category of an API. */
    public enum Category {
        LIGHT,
        MEDIUM,
        HEAVY,
        /** Counted per minute (10 on Pro, 20 on Business and above), and against the daily cap as Heavy calls are. */
        RESOURCE_INTENSIVE
    }

    private final boolean business;
    private final int dailyCap;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final Map<String, Window> days = new ConcurrentHashMap<>();

    public RateLimiter(String plan, int dailyCap, Clock clock) {
        this.business = !"pro".equals(plan);
        this.dailyCap = dailyCap;
        this.clock = clock;
    }

    /** Calls in one window (a second, or a UTC day). */
    private static final class Window {
        private long period;
        private int used;

        /** Counts a call in {@code current}; false when the window already holds {@code limit} calls. */
        synchronized boolean take(long current, int limit) {
            if (period != current) {
                period = current;
                used = 0;
            }
            if (used >= limit) {
                return false;
            }
            used++;
            return true;
        }
    }

    /** Counts one call of {@code accountId} in {@code category}; throws Zoom's 429 past a limit. */
    public void acquire(String accountId, Category category) {
        Window window = windows.computeIfAbsent(accountId + "|" + category, key -> new Window());
        long period = category == Category.RESOURCE_INTENSIVE ? clock.millis() / 60_000 : clock.millis() / 1000;
        if (!window.take(period, limit(category))) {
            throw new ApiError(429, 429, MESSAGE);
        }
        if (category == Category.HEAVY || category == Category.RESOURCE_INTENSIVE) {
            long day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toEpochDay();
            Window daily = days.computeIfAbsent(accountId, key -> new Window());
            if (!daily.take(day, dailyCap)) {
                throw new ApiError(429, 429, DAILY_MESSAGE.formatted(dailyCap));
            }
        }
    }

    /** Calls per second allowed for {@code category} on this plan (per minute for Resource-intensive APIs). */
    public int limit(Category category) {
        return switch (category) {
            case LIGHT -> business ? 80 : 30;
            case MEDIUM -> business ? 60 : 20;
            case HEAVY -> business ? 40 : 10;
            case RESOURCE_INTENSIVE -> business ? 20 : 10;
        };
    }

    /** Calls per day allowed to Heavy APIs. */
    public int dailyCap() {
        return dailyCap;
    }
}
