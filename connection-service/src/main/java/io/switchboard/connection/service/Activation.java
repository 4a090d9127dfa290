package io.switchboard.connection.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.switchboard.connection.client.TokenResponse;
import io.switchboard.connection.crypto.TokenCipher;
import io.switchboard.connection.messaging.ConnectionEvents;
import io.switchboard.connection.repository.ConnectionEntity;
import io.switchboard.connection.repository.ConnectionRepository;
import io.switchboard.connection.repository.ConnectionSecretEntity;
import io.switchboard.connection.repository.SecretRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;

/**
 * Activation, written once for both ways of connecting (OAuth callback, Server-to-Server credentials): Zoom granted
 * tokens for an account, so the organisation's connection to it becomes {@code active}. Connecting an account the
 * organisation already has re-authorises that connection (and drops the pending one) instead of duplicating it; the
 * tokens and {@code connection.established} or {@code connection.restored} commit together.
 */
@ApplicationScoped
public class Activation {

    private final ConnectionRepository connections;
    private final SecretRepository secrets;
    private final TokenCipher cipher;
    private final ConnectionEvents events;

    public Activation(
            ConnectionRepository connections, SecretRepository secrets, TokenCipher cipher, ConnectionEvents events) {
        this.connections = connections;
        this.secrets = secrets;
        this.cipher = cipher;
        this.events = events;
    }

    /**
     * What Zoom granted, for whom.
     *
     * @param orgId the organisation
     * @param pendingId the pending connection that started an OAuth flow, or null (Server-to-Server)
     * @param grant the account, app and scopes
     * @param tokens Zoom's tokens
     * @param clientSecret a Server-to-Server app's secret, stored encrypted; null for OAuth
     */
    public record Granted(
            String orgId, UUID pendingId, ConnectionEntity.Grant grant, TokenResponse tokens, String clientSecret) {}

    /**
     * Activates in one transaction; the connection id. Fails with a unique violation (SQLSTATE 23505) when another
     * activation of the same organisation and account committed first.
     */
    @WithTransaction
    public Uni<UUID> activate(Granted granted) {
        UUID except = granted.pendingId() != null ? granted.pendingId() : new UUID(0, 0);
        Uni<ConnectionEntity> pending =
                granted.pendingId() == null ? Uni.createFrom().nullItem() : connections.findById(granted.pendingId());
        return pending.flatMap(found -> connections
                .findLive(granted.orgId(), granted.grant().zoomAccountId(), except)
                .flatMap(existing -> apply(granted, found, existing)));
    }

    private Uni<UUID> apply(Granted granted, ConnectionEntity pending, ConnectionEntity existing) {
        ConnectionEntity target = target(granted, pending, existing);
        boolean restored = target.activate(granted.grant());
        String type = restored ? ConnectionEvents.RESTORED : ConnectionEvents.ESTABLISHED;
        Uni<Void> dropPending = existing != null && pending != null
                ? connections.delete(pending)
                : Uni.createFrom().voidItem();
        Uni<ConnectionEntity> saved = existing == null && pending == null
                ? connections.persist(target)
                : Uni.createFrom().item(target);
        return dropPending
                .flatMap(ignored -> saved)
                .flatMap(ignored -> storeTokens(target.id, granted))
                .flatMap(ignored -> events.append(type, target, Map.of("reauthorised", existing != null)))
                .replaceWith(target.id);
    }

    private static ConnectionEntity target(Granted granted, ConnectionEntity pending, ConnectionEntity existing) {
        if (existing != null) {
            return existing;
        }
        if (pending != null) {
            return pending;
        }
        return ConnectionEntity.pending(
                granted.orgId(), granted.grant().type(), granted.grant().clientId());
    }

    private Uni<ConnectionSecretEntity> storeTokens(UUID connectionId, Granted granted) {
        return secrets.findById(connectionId).flatMap(found -> {
            ConnectionSecretEntity secret = found == null ? new ConnectionSecretEntity() : found;
            secret.connectionId = connectionId;
            TokenSealing.seal(cipher, secret, granted.tokens());
            secret.clearBackOff();
            if (granted.clientSecret() != null) {
                secret.clientSecret = cipher.seal(granted.clientSecret(), TokenSealing.context(secret, "client_secret"))
                        .data();
            }
            return found == null ? secrets.persist(secret) : Uni.createFrom().item(secret);
        });
    }
}
