package io.switchboard.zoom.api.error;

import java.time.Instant;

/**
 * The account's daily cap of Heavy and Resource-intensive calls is spent (Zoom's daily 429, or the client's own count):
 * no such call succeeds before {@link #resetsAt()} (00:00 UTC), and the client does not try one until then.
 */
public final class ZoomDailyLimitException extends ZoomApiException {

    private static final long serialVersionUID = 1L;

    private final Instant resetsAt;

    public ZoomDailyLimitException(String message, int status, int code, Instant resetsAt) {
        super(message, status, code, null);
        this.resetsAt = resetsAt;
    }

    /** When the cap resets (the next 00:00 UTC). */
    public Instant resetsAt() {
        return resetsAt;
    }

    @Override
    public boolean isTransient() {
        return false;
    }
}
