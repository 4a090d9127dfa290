package io.switchboard.zoom.api.rate;

/**
 * A token bucket that paces instead of refusing: each reservation takes a token at once and says how long its caller
 * must wait for it. Tokens may go into debt, so callers queue in the order they reserved. A back-off empties the
 * bucket and stops its refill until the back-off ends. Time is in nanoseconds of a monotonic clock.
 */
final class TokenBucket {

    private final double perNano;
    private final double capacity;
    private double tokens;
    private long refilledAt;

    /** A full bucket of {@code capacity} tokens (at least 1) refilled at {@code perSecond}. */
    TokenBucket(double perSecond, double capacity, long now) {
        this.perNano = perSecond / 1e9;
        this.capacity = Math.max(1, capacity);
        this.tokens = this.capacity;
        this.refilledAt = now;
    }

    /** Takes a token; the nanoseconds from {@code now} until the caller may use it (0: at once). */
    synchronized long reserve(long now) {
        refill(now);
        tokens -= 1;
        long blocked = Math.max(0, refilledAt - now);
        long debt = tokens >= 0 ? 0 : (long) Math.ceil(-tokens / perNano);
        return blocked + debt;
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
