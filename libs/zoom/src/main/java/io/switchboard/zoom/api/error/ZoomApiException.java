package io.switchboard.zoom.api.error;

/**
 * A Zoom REST API call that failed, typed by what the caller can do about it. Carries the HTTP status (0 when Zoom
 * did not answer) and Zoom's error code (0 when none); the message names the call and Zoom's message, never an access
 * token.
 */
public abstract sealed class ZoomApiException extends RuntimeException
        permits ZoomNotFoundException,
                ZoomInvalidTokenException,
                ZoomRateLimitedException,
                ZoomDailyLimitException,
                ZoomSeatUnavailableException,
                ZoomBadRequestException,
                ZoomServerException,
                ZoomUnavailableException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final int code;

    protected ZoomApiException(String message, int status, int code, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.code = code;
    }

    /** The HTTP status Zoom answered, or 0 when it did not answer. */
    public int status() {
        return status;
    }

    /** Zoom's error code ({@code code} of its error body), or 0 when there was none. */
    public int code() {
        return code;
    }

    /** Whether the same call may succeed when tried again later. */
    public abstract boolean isTransient();
}
