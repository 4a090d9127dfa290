package io.switchboard.connection.client;

import java.time.Duration;
import java.util.Optional;

/** A failed call to Zoom's OAuth or API, classified by what the caller should do about it. */
public class ZoomOAuthException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What kind of failure. */
    public enum Kind {
        /** The grant (code or refresh token) is dead: the connection needs re-authorisation. */
        INVALID_GRANT,
        /** Zoom or the network failed for now: retry later, change nothing. */
        TRANSIENT,
        /** Zoom refused the request for another reason (bad client credentials, bad request). */
        REJECTED
    }

    private final Kind kind;
    private final transient Duration retryAfter;

    /** {@code message} must be safe to log and show: never a token, a URL with parameters or a raw client message. */
    public ZoomOAuthException(Kind kind, String message, Throwable cause) {
        this(kind, message, cause, null);
    }

    public ZoomOAuthException(Kind kind, String message, Throwable cause, Duration retryAfter) {
        super(message, cause);
        this.kind = kind;
        this.retryAfter = retryAfter;
    }

    public Kind kind() {
        return kind;
    }

    /** A description of any failure that is safe to log: a classified failure's message, else only its class. */
    public static String describe(Throwable failure) {
        return failure instanceof ZoomOAuthException zoom
                ? zoom.getMessage()
                : failure.getClass().getSimpleName();
    }

    /** How long Zoom asked us to wait ({@code Retry-After}), when it did. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
