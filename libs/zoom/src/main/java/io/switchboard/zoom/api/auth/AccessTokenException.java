package io.switchboard.zoom.api.auth;

import java.util.UUID;

/** No access token could be had for a connection; the subtype says whether to stop or to try again later. */
public abstract sealed class AccessTokenException extends RuntimeException
        permits ReauthRequiredException,
                ConnectionGoneException,
                ConnectionPendingException,
                TokenServiceUnavailableException,
                TokenServiceRefusedException {

    private static final long serialVersionUID = 1L;

    private final UUID connectionId;

    protected AccessTokenException(UUID connectionId, String message, Throwable cause) {
        super(message, cause);
        this.connectionId = connectionId;
    }

    public UUID connectionId() {
        return connectionId;
    }

    /** Whether asking again later may give a token; false means stop work on this connection. */
    public abstract boolean isTransient();
}
