package io.switchboard.simulator.service;

import java.util.concurrent.ThreadLocalRandom;

/** Faults injected from the control API into Zoom's API and token endpoint: latency, a share of 5xx, forced 429s. */
public class Faults {

    /**
     * The active faults.
     *
     * @param latencyMs added to every affected call
     * @param errorRate share (0 to 1) of affected calls answered 500
     * @param force429 answer every affected call with Zoom's 429
     */
    public record Settings(long latencyMs, double errorRate, boolean force429) {

        public static final Settings NONE = new Settings(0, 0, false);
    }

    private volatile Settings settings = Settings.NONE;

    public Settings current() {
        return settings;
    }

    public void set(Settings requested) {
        if (requested.latencyMs() < 0 || requested.latencyMs() > 30_000) {
            throw new ApiError(400, 300, "latencyMs must be between 0 and 30000");
        }
        if (requested.errorRate() < 0 || requested.errorRate() > 1) {
            throw new ApiError(400, 300, "errorRate must be between 0 and 1");
        }
        settings = requested;
    }

    public void clear() {
        settings = Settings.NONE;
    }

    /** The error to answer instead of the real call, if a fault says so; null to go on. */
    public ApiError errorFor() {
        Settings active = settings;
        if (active.force429()) {
            return new ApiError(429, 429, RateLimiter.MESSAGE);
        }
        if (active.errorRate() > 0 && ThreadLocalRandom.current().nextDouble() < active.errorRate()) {
            return new ApiError(500, 500, "Internal server error (injected by the simulator)");
        }
        return null;
    }
}
