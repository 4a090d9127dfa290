package io.switchboard.zoom.api.auth;

import java.time.Instant;
import java.util.Objects;

/**
 * A Zoom access token of one connection, as connection-service hands it out. Its {@link #toString()} never shows the
 * token.
 *
 * @param value the bearer token
 * @param expiresAt when Zoom stops accepting it
 * @param zoomAccountId the Zoom account it acts on: the key of the rate budget
 */
public record AccessToken(String value, Instant expiresAt, String zoomAccountId) {

    public AccessToken {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(zoomAccountId, "zoomAccountId");
    }

    /** Whether the token is still good at {@code instant}. */
    public boolean validAt(Instant instant) {
        return expiresAt.isAfter(instant);
    }

    @Override
    public String toString() {
        return "AccessToken[account=" + zoomAccountId + ", expiresAt=" + expiresAt + ", value=<redacted>]";
    }
}
