package io.switchboard.zoom.api.rate;

import java.time.Duration;

/** Zoom's rate-limit labels: every API's reference page names one ("Rate Limit Label"). */
public enum RateCategory {
    LIGHT,
    MEDIUM,
    HEAVY,
    RESOURCE_INTENSIVE;

    /** Whether calls count against the account's daily cap, which Heavy and Resource-intensive APIs share. */
    public boolean countsAgainstDailyCap() {
        return this == HEAVY || this == RESOURCE_INTENSIVE;
    }

    /** The window Zoom counts this category's calls in: a minute for Resource-intensive APIs, else a second. */
    public Duration window() {
        return this == RESOURCE_INTENSIVE ? Duration.ofMinutes(1) : Duration.ofSeconds(1);
    }
}
