package io.switchboard.zoom.api.auth;

import java.util.UUID;

/** The connection does not exist or was removed (connection-service's 404): stop work on it. */
public final class ConnectionGoneException extends AccessTokenException {

    private static final long serialVersionUID = 1L;

    public ConnectionGoneException(UUID connectionId, String message) {
        super(connectionId, message, null);
    }

    @Override
    public boolean isTransient() {
        return false;
    }
}
