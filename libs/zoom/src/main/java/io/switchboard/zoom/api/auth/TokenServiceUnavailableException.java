package io.switchboard.zoom.api.auth;

import java.util.UUID;

/** connection-service failed (5xx), or did not answer within the timeout: try again later. */
public final class TokenServiceUnavailableException extends AccessTokenException {

    private static final long serialVersionUID = 1L;

    public TokenServiceUnavailableException(UUID connectionId, String message, Throwable cause) {
        super(connectionId, message, cause);
    }

    @Override
    public boolean isTransient() {
        return true;
    }
}
