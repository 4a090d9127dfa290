package io.switchboard.zoom.api.rate;

import java.util.Arrays;

/**
 * A token bucket that paces instead of refusing: each reservation takes a token at once and says how long its caller
 * must wait for it. Tokens may go into debt, so callers queue in the order they reserved. A back-off empties the
 * bucket and stops its refill until the back-off ends. Time is in nanoseconds of a monotonic clock.
 *
 * <p>The bucket starts with one token and holds at most {@code capacity}: a caller that comes late may use the slot
 * it missed right away instead of losing it, so jitter does not slow a steady caller down. Whatever the tokens say,
 * no {@code window} holds more than {@code perWindow} calls (the last grants are kept, oldest first), which is how
 * Zoom counts.
 */
final class TokenBucket {

    private final double perNano;
    private final double capacity;
    private final long windowNanos;
    private final long[] grants;
    private int oldest;
    private double tokens;
    private long refilledAt;

    /**
     * A bucket refilled at {@code perSecond}, holding at most {@code capacity} tokens (at least 1), and letting at
     * most {@code perWindow} calls (at least 1) into any {@code windowNanos}.
     */
    TokenBucket(double perSecond, double capacity, long windowNanos, int perWindow, long now) {
        this.perNano = perSecond / 1e9;
        this.capacity = Math.max(1, capacity);
        this.windowNanos = windowNanos;
        this.grants = new long[Math.max(1, perWindow)];
        Arrays.fill(grants, Long.MIN_VALUE / 2);
        this.tokens = 1;
        this.refilledAt = now;
    }

    /** Takes a token; the nanoseconds from {@code now} until the caller may use it (0: at once). */
    synchronized long reserve(long now) {
        refill(now);
        tokens -= 1;
        long blocked = Math.max(0, refilledAt - now);
        long debt = tokens >= 0 ? 0 : (long) Math.ceil(-tokens / perNano);
        long latest = grants[(oldest + grants.length - 1) % grants.length];
        long at = Math.max(Math.max(now + blocked + debt, latest), grants[oldest] + windowNanos);
        grants[oldest] = at;
        oldest = (oldest + 1) % grants.length;
        return at - now;
    }

    /** No token is handed out for use before {@code until}: the bucket empties and refills only from then on. */
    synchronized void backOff(long now, long until) {
        refill(now);
        tokens = Math.min(tokens, 1);
        if (until > refilledAt) {
            refilledAt = until;
        }
    }

    private void refill(long now) {
        if (now > refilledAt) {
            tokens = Math.min(capacity, tokens + (now - refilledAt) * perNano);
            refilledAt = now;
        }
    }
}
