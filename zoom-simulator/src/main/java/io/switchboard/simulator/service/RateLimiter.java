package io.switchboard.simulator.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Zoom's per-account, per-category rate limits (shared by every app on the account), counted in one-second
 * windows. Pro: Light 30/s, Medium 20/s, Heavy 10/s; Business and above: 80, 60, 40.
 */
@ApplicationScoped
public class RateLimiter {

    /** Zoom's 429 message. */
    public static final String MESSAGE =
            "You have reached the maximum per-second rate limit for this API. Try again later.";

    /** The rate-limit category of an API. */
    public enum Category {
        LIGHT,
        MEDIUM,
        HEAVY
    }

    private final String plan;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public RateLimiter(@ConfigProperty(name = "simulator.plan", defaultValue = "pro") String plan) {
        this.plan = plan.toLowerCase(Locale.ROOT);
    }

    private static final class Window {
        private long second;
        private int used;
    }

    /** Counts one call of {@code accountId} in {@code category}; throws Zoom's 429 past the limit. */
    public void acquire(String accountId, Category category) {
        int limit = limit(category);
        Window window = windows.computeIfAbsent(accountId + "|" + category, key -> new Window());
        long now = System.currentTimeMillis() / 1000;
        synchronized (window) {
            if (window.second != now) {
                window.second = now;
                window.used = 0;
            }
            if (window.used >= limit) {
                throw new ApiError(429, 429, MESSAGE);
            }
            window.used++;
        }
    }

    /** Calls per second allowed for {@code category} on this plan. */
    public int limit(Category category) {
        boolean business = !"pro".equals(plan);
        return switch (category) {
            case LIGHT -> business ? 80 : 30;
            case MEDIUM -> business ? 60 : 20;
            case HEAVY -> business ? 40 : 10;
        };
    }
}
