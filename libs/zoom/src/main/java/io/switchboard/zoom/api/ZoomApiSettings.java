package io.switchboard.zoom.api;

import io.switchboard.zoom.api.rate.ZoomPlan;
import java.time.Duration;
import java.util.Objects;

/**
 * How the Zoom client calls Zoom.
 *
 * @param baseUrl the API's base URL ({@code switchboard.zoom.api-base-url}, default {@value #DEFAULT_BASE_URL})
 * @param connectTimeout how long a connection to Zoom may take
 * @param requestTimeout how long a whole answer may take, on every call
 * @param plan the plan of accounts whose plan is not set on the budget: Pro, the safe default
 * @param budgetShare the part of Zoom's per-second rates the budget spends (Zoom's limits are per account and shared
 *     by every app and every replica)
 * @param dailyCap Heavy and Resource-intensive calls per account and UTC day; 0 takes the plan's
 * @param maxRateLimitRetries how often one call is tried again after a per-second 429
 * @param backoffBase the first back-off after a 429 without {@code Retry-After} (doubled on each further one)
 * @param backoffMax the longest back-off without {@code Retry-After}
 * @param pageSize the {@code page_size} of listings (Zoom: at most 300)
 */
public record ZoomApiSettings(
        String baseUrl,
        Duration connectTimeout,
        Duration requestTimeout,
        ZoomPlan plan,
        double budgetShare,
        int dailyCap,
        int maxRateLimitRetries,
        Duration backoffBase,
        Duration backoffMax,
        int pageSize) {

    /** Zoom's API. */
    public static final String DEFAULT_BASE_URL = "https://api.zoom.us/v2";

    /** The largest {@code page_size} Zoom's list endpoints accept. */
    public static final int MAX_PAGE_SIZE = 300;

    public ZoomApiSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("pageSize must be between 1 and " + MAX_PAGE_SIZE);
        }
    }

    /**
     * Connect within 5 s, answer within 30 s, Pro rates, 80% of them, the plan's daily cap, three tries after a 429
     * backing off from 1 s up to 30 s, pages of 300.
     */
    public static ZoomApiSettings defaults(String baseUrl) {
        return new ZoomApiSettings(
                baseUrl,
                Duration.ofSeconds(5),
                Duration.ofSeconds(30),
                ZoomPlan.PRO,
                0.8,
                0,
                3,
                Duration.ofSeconds(1),
                Duration.ofSeconds(30),
                MAX_PAGE_SIZE);
    }

    /** These settings with other timeouts. */
    public ZoomApiSettings withTimeouts(Duration connect, Duration request) {
        return new ZoomApiSettings(
                baseUrl,
                connect,
                request,
                plan,
                budgetShare,
                dailyCap,
                maxRateLimitRetries,
                backoffBase,
                backoffMax,
                pageSize);
    }

    /** These settings with another default plan and daily cap (0: the plan's). */
    public ZoomApiSettings withPlan(ZoomPlan defaultPlan, int cap) {
        return new ZoomApiSettings(
                baseUrl,
                connectTimeout,
                requestTimeout,
                defaultPlan,
                budgetShare,
                cap,
                maxRateLimitRetries,
                backoffBase,
                backoffMax,
                pageSize);
    }

    /** These settings spending {@code share} (0 to 1) of Zoom's per-second rates. */
    public ZoomApiSettings withBudgetShare(double share) {
        return new ZoomApiSettings(
                baseUrl,
                connectTimeout,
                requestTimeout,
                plan,
                share,
                dailyCap,
                maxRateLimitRetries,
                backoffBase,
                backoffMax,
                pageSize);
    }

    /** These settings with another back-off after 429s. */
    public ZoomApiSettings withBackoff(int retries, Duration base, Duration max) {
        return new ZoomApiSettings(
                baseUrl, connectTimeout, requestTimeout, plan, budgetShare, dailyCap, retries, base, max, pageSize);
    }

    /** These settings with another page size of listings. */
    public ZoomApiSettings withPageSize(int size) {
        return new ZoomApiSettings(
                baseUrl,
                connectTimeout,
                requestTimeout,
                plan,
                budgetShare,
                dailyCap,
                maxRateLimitRetries,
                backoffBase,
                backoffMax,
                size);
    }
}
