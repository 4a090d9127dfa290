package io.switchboard.zoom.api.auth;

import java.util.UUID;

/** connection-service refused the request itself (401, 403 or another 4xx): the service token or the wiring is wrong. */
public final class TokenServiceRefusedException extends AccessTokenException {

    private static final long serialVersionUID = 1L;

    public TokenServiceRefusedException(UUID connectionId, String message) {
        super(connectionId, message, null);
    }

    @Override
    public boolean isTransient() {
        return false;
    }
}
