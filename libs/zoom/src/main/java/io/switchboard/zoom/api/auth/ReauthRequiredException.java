package io.switchboard.zoom.api.auth;

import java.util.UUID;

/** Zoom no longer accepts the connection's grant (connection-service's 409 {@code reauth-required}): an admin must connect the Zoom account again. Stop; retrying does not help. */
public final class ReauthRequiredException extends AccessTokenException {

    private static final long serialVersionUID = 1L;

    public ReauthRequiredException(UUID connectionId, String message) {
        super(connectionId, message, null);
    }

    @Override
    public boolean isTransient() {
        return false;
    }
}
