package io.switchboard.simulator.service;

/** An OAuth error as Zoom reports it: HTTP status and {@code {"reason": ..., "error": ...}}. */
public class OAuthError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String error;

    public OAuthError(int status, String error, String reason) {
        super(reason);
        this.status = status;
        this.error = error;
    }

    public static OAuthError invalidGrant(String reason) {
        return new OAuthError(400, "invalid_grant", reason);
    }

    public static OAuthError invalidClient() {
        return new OAuthError(401, "invalid_client", "Invalid client_id or client_secret");
    }

    public static OAuthError invalidRequest(String reason) {
        return new OAuthError(400, "invalid_request", reason);
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }
}
