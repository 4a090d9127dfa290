package io.switchboard.simulator.service;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Faults injected from the control API into Zoom's API and token endpoint: latency, a share of 5xx, forced 429s (all
 * of them, or only the next few), a {@code Retry-After} on the forced 429s, and Zoom's daily-limit 429 on the next few
 * API calls (as when the account's daily cap of Heavy calls is spent).
 */
public class Faults {

    /**
     * The active faults.
     *
     * @param latencyMs added to every affected call
     * @param errorRate share (0 to 1) of affected calls answered 500
     * @param force429 answer every affected call with Zoom's 429
     * @param force429Count answer only the next this many affected calls with Zoom's 429 (what is left of them, when
     *     read back)
     * @param retryAfterSeconds when above 0, forced 429s carry {@code Retry-After} with this many seconds (Zoom does
     *     not send it reliably, so only a fault adds it)
     * @param dailyLimitCount answer the next this many API calls (not the token endpoint) with Zoom's daily-limit 429
     *     (what is left of them, when read back)
     * @param accountId when set, the faults hit only API calls with a token of this account (and no token call):
     *     other accounts, and other tests sharing the simulator, go on unharmed
     */
    public record Settings(
            long latencyMs,
            double errorRate,
            boolean force429,
            int force429Count,
            int retryAfterSeconds,
            int dailyLimitCount,
            String accountId) {

        public static final Settings NONE = new Settings(0, 0, false);

        /** Latency, errors and 429s on every call, without a {@code Retry-After}. */
        public Settings(long latencyMs, double errorRate, boolean force429) {
            this(latencyMs, errorRate, force429, 0, 0);
        }

        /** The settings without daily-limit 429s, on every account. */
        public Settings(long latencyMs, double errorRate, boolean force429, int force429Count, int retryAfterSeconds) {
            this(latencyMs, errorRate, force429, force429Count, retryAfterSeconds, 0, null);
        }
    }

    /** The daily cap Zoom's daily-limit message names (Pro's). */
    private static final int DAILY_CAP_NAMED = 30_000;

    private volatile Settings settings = Settings.NONE;
    private final AtomicInteger forced429sLeft = new AtomicInteger();
    private final AtomicInteger dailyLimitsLeft = new AtomicInteger();

    public Settings current() {
        Settings active = settings;
        return new Settings(
                active.latencyMs(),
                active.errorRate(),
                active.force429(),
                forced429sLeft.get(),
                active.retryAfterSeconds(),
                dailyLimitsLeft.get(),
                active.accountId());
    }

    public void set(Settings requested) {
        if (requested.latencyMs() < 0 || requested.latencyMs() > 30_000) {
            throw new ApiError(400, 300, "latencyMs must be between 0 and 30000");
        }
        if (requested.errorRate() < 0 || requested.errorRate() > 1) {
            throw new ApiError(400, 300, "errorRate must be between 0 and 1");
        }
        if (requested.force429Count() < 0 || requested.retryAfterSeconds() < 0 || requested.dailyLimitCount() < 0) {
            throw new ApiError(400, 300, "force429Count, retryAfterSeconds and dailyLimitCount must not be negative");
        }
        settings = requested;
        forced429sLeft.set(requested.force429Count());
        dailyLimitsLeft.set(requested.dailyLimitCount());
    }

    public void clear() {
        set(Settings.NONE);
    }

    /** Whether the faults hit a call of {@code accountId} (null: a call whose account is unknown, or a token call). */
    public boolean hits(String accountId) {
        String scope = settings.accountId();
        return scope == null || scope.equals(accountId);
    }

    /** The {@code Retry-After} seconds of forced 429s, or 0 for none. */
    public int retryAfterSeconds() {
        return settings.retryAfterSeconds();
    }

    /** The error to answer instead of the real API call, if a fault says so; null to go on. */
    public ApiError errorFor() {
        if (dailyLimitsLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            return new ApiError(429, 429, RateLimiter.DAILY_MESSAGE.formatted(DAILY_CAP_NAMED));
        }
        return errorForToken();
    }

    /** The error to answer instead of the real token call, if a fault says so (never a daily limit); null to go on. */
    public ApiError errorForToken() {
        Settings active = settings;
        if (active.force429() || forced429sLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
            return new ApiError(429, 429, RateLimiter.MESSAGE);
        }
        if (active.errorRate() > 0 && ThreadLocalRandom.current().nextDouble() < active.errorRate()) {
            return new ApiError(500, 500, "Internal server error (injected by the simulator)");
        }
        return null;
    }
}
