package io.switchboard.zoom.api.auth;

import io.smallrye.mutiny.Uni;
import java.util.UUID;

/**
 * Where the Zoom client gets the access token of a connection: in every service, connection-service (see {@link
 * ConnectionServiceTokens}); no Zoom call goes out without one. Failures are {@link AccessTokenException}s.
 */
public interface AccessTokens {

    /** A token of {@code connectionId} that Zoom still accepts, as far as is known. */
    Uni<AccessToken> forConnection(UUID connectionId);

    /** Zoom refused {@code token} (401): forget it, so that the next {@link #forConnection(UUID)} gets another. */
    default void invalidate(UUID connectionId, AccessToken token) {}
}
