package io.switchboard.zoom.api.error;

import java.time.Duration;
import java.util.Optional;

/**
 * Zoom's per-second rate limit (429) still answered after the client's back-offs; carries Zoom's {@code Retry-After}
 * when it sent one.
 */
public final class ZoomRateLimitedException extends ZoomApiException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public ZoomRateLimitedException(String message, int code, Duration retryAfter) {
        super(message, 429, code, null);
        this.retryAfter = retryAfter;
    }

    /** How long Zoom asked to wait, if it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    @Override
    public boolean isTransient() {
        return true;
    }
}
