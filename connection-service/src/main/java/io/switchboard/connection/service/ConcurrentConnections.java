package io.switchboard.connection.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.switchboard.connection.client.TokenResponse;
import io.switchboard.connection.client.ZoomOAuthClient;
import io.switchboard.connection.client.ZoomOAuthException;
import io.switchboard.connection.repository.ConnectionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Tokens that Zoom granted but that are not kept: the loser of two activations of one organisation and account that
 * committed at the same moment, or a grant whose account could not be identified. They are revoked at Zoom (best
 * effort, logged without the token), the loser's pending connection is dropped, and the caller gets a clear 409
 * naming the connection that was kept.
 */
@ApplicationScoped
public class ConcurrentConnections {

    private final ConnectionRepository connections;
    private final ZoomOAuthClient zoom;

    public ConcurrentConnections(ConnectionRepository connections, ZoomOAuthClient zoom) {
        this.connections = connections;
        this.zoom = zoom;
    }

    /** Handles a lost race: revoke, drop the pending connection, then fail with the kept connection's id. */
    public <T> Uni<T> lost(String orgId, UUID pendingId, String accountId, TokenResponse tokens) {
        return revoke(pendingId, tokens)
                .flatMap(ignored -> dropPending(pendingId))
                .flatMap(ignored -> kept(orgId, accountId, pendingId))
                .map(kept -> {
                    throw ConnectionProblems.connectedConcurrently(kept);
                });
    }

    /** Revokes tokens that will not be stored. */
    public Uni<Void> revoke(UUID connectionId, TokenResponse tokens) {
        if (tokens == null || tokens.accessToken() == null) {
            return Uni.createFrom().voidItem();
        }
        return zoom.revoke(tokens.accessToken()).onFailure().recoverWithItem(failure -> {
            Log.warnf(
                    "Revoking unkept tokens of connection %s failed (%s); they expire on their own",
                    connectionId, ZoomOAuthException.describe(failure));
            return null;
        });
    }

    @WithTransaction
    Uni<Boolean> dropPending(UUID pendingId) {
        return pendingId == null ? Uni.createFrom().item(false) : connections.deleteIfPending(pendingId);
    }

    @WithSession
    Uni<UUID> kept(String orgId, String accountId, UUID except) {
        UUID none = except != null ? except : new UUID(0, 0);
        return connections.findLive(orgId, accountId, none).map(found -> found == null ? null : found.id);
    }
}
