package io.switchboard.zoom.api.auth;

import java.util.UUID;

/** The connection is not authorised yet (connection-service's 409 {@code connection-pending}): stop until it is. */
public final class ConnectionPendingException extends AccessTokenException {

    private static final long serialVersionUID = 1L;

    public ConnectionPendingException(UUID connectionId, String message) {
        super(connectionId, message, null);
    }

    @Override
    public boolean isTransient() {
        return false;
    }
}
