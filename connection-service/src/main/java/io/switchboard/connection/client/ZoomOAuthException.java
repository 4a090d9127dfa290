package io.switchboard.connection.client;

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

    public ZoomOAuthException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
