package io.switchboard.connection.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.switchboard.connection.client.ZoomOAuthClient;
import io.switchboard.connection.client.ZoomOAuthException;
import io.switchboard.connection.config.ZoomConfig;
import io.switchboard.connection.crypto.TokenCipher;
import io.switchboard.connection.messaging.ConnectionEvents;
import io.switchboard.connection.repository.ConnectionEntity;
import io.switchboard.connection.repository.ConnectionRepository;
import io.switchboard.connection.repository.ConnectionType;
import io.switchboard.connection.repository.SecretRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Ends connections: on request of the organisation (revoked at Zoom first) or because Zoom says the app was
 * uninstalled. Either way the tokens are erased, the connection is {@code removed}, and {@code connection.removed}
 * commits with it so that every service purges the connection's data.
 */
@ApplicationScoped
public class RemovalService {

    private final ConnectionRepository connections;
    private final SecretRepository secrets;
    private final TokenCipher cipher;
    private final ZoomOAuthClient zoom;
    private final ConnectionEvents events;
    private final ZoomConfig zoomApp;

    public RemovalService(
            ConnectionRepository connections,
            SecretRepository secrets,
            TokenCipher cipher,
            ZoomOAuthClient zoom,
            ConnectionEvents events,
            ZoomConfig zoomApp) {
        this.connections = connections;
        this.secrets = secrets;
        this.cipher = cipher;
        this.zoom = zoom;
        this.events = events;
        this.zoomApp = zoomApp;
    }

    /** Removes the organisation's connection: revoke at Zoom (best effort), then erase and mark removed. */
    public Uni<Void> remove(String orgId, UUID connectionId) {
        return tokenToRevoke(orgId, connectionId)
                .flatMap(token -> token == null
                        ? Uni.createFrom().voidItem()
                        : zoom.revoke(token).onFailure().recoverWithItem(failure -> {
                            Log.warnf(
                                    "Revoking connection %s at Zoom failed (%s); erasing it here anyway",
                                    connectionId, ZoomOAuthException.describe(failure));
                            return null;
                        }))
                .flatMap(ignored -> erase(orgId, connectionId));
    }

    @WithSession
    Uni<String> tokenToRevoke(String orgId, UUID connectionId) {
        return connections
                .findInOrg(orgId, connectionId)
                .onItem()
                .ifNull()
                .failWith(() -> ConnectionProblems.notFound(connectionId))
                .flatMap(connection -> connection.type == ConnectionType.OAUTH && connection.status.live()
                        ? secrets.findById(connectionId)
                                .map(secret -> secret == null || secret.accessToken == null
                                        ? null
                                        : TokenSealing.open(cipher, secret, "access_token"))
                        : Uni.createFrom().nullItem());
    }

    @WithTransaction
    Uni<Void> erase(String orgId, UUID connectionId) {
        return connections
                .findInOrg(orgId, connectionId)
                .flatMap(connection -> markRemoved(connection, "removed_by_organisation"));
    }

    /**
     * Zoom's {@code app_deauthorized}: every live connection of the account that belongs to the uninstalled app and
     * was not authorised again since is removed. Runs in the consumer's transaction, which also claims the event's
     * id (a redelivery changes nothing).
     */
    @WithTransaction
    public Uni<Integer> deauthorized(Deauthorization deauthorization) {
        return connections
                .liveOfAccount(deauthorization.accountId())
                .flatMap(live -> Multi.createFrom()
                        .iterable(live.stream()
                                .filter(connection -> endedBy(deauthorization, connection))
                                .toList())
                        .onItem()
                        .transformToUniAndConcatenate(connection -> markRemoved(connection, "app_deauthorized"))
                        .collect()
                        .asList()
                        .map(List::size));
    }

    private boolean endedBy(Deauthorization deauthorization, ConnectionEntity connection) {
        String app = connection.clientId != null
                ? connection.clientId
                : zoomApp.clientId().orElse(null);
        boolean ends = deauthorization.ends(connection, app);
        if (!ends) {
            Log.infof(
                    "app_deauthorized for account %s leaves connection %s: another app, or authorised again since",
                    deauthorization.accountId(), connection.id);
        }
        return ends;
    }

    /**
     * Takes the secret row's lock first, as a refresh does, and only then changes the connection: with one lock
     * order, a removal that overlaps a refresh waits for it instead of deadlocking with it.
     */
    private Uni<Void> markRemoved(ConnectionEntity connection, String reason) {
        if (!connection.status.live()) {
            return Uni.createFrom().voidItem();
        }
        return secrets.lock(connection.id)
                .flatMap(secret -> {
                    connection.remove();
                    return secret == null ? Uni.createFrom().voidItem() : secrets.delete(secret);
                })
                .flatMap(ignored -> events.append(ConnectionEvents.REMOVED, connection, Map.of("reason", reason)))
                .replaceWithVoid();
    }
}
