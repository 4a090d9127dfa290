package io.switchboard.connection.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.switchboard.connection.client.TokenResponse;
import io.switchboard.connection.client.ZoomMe;
import io.switchboard.connection.config.ZoomConfig;
import io.switchboard.connection.crypto.Pkce;
import io.switchboard.connection.crypto.Sealed;
import io.switchboard.connection.crypto.TokenCipher;
import io.switchboard.connection.messaging.ConnectionEvents;
import io.switchboard.connection.repository.ConnectionEntity;
import io.switchboard.connection.repository.ConnectionRepository;
import io.switchboard.connection.repository.ConnectionSecretEntity;
import io.switchboard.connection.repository.OAuthStateRepository;
import io.switchboard.connection.repository.SecretRepository;
import io.switchboard.rest.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The transactional steps of the OAuth flow; Zoom is called between them, never inside one. */
@ApplicationScoped
public class ConnectionWriter {

    private final ConnectionRepository connections;
    private final OAuthStateRepository states;
    private final SecretRepository secrets;
    private final TokenCipher cipher;
    private final ConnectionEvents events;
    private final ZoomConfig zoom;

    public ConnectionWriter(
            ConnectionRepository connections,
            OAuthStateRepository states,
            SecretRepository secrets,
            TokenCipher cipher,
            ConnectionEvents events,
            ZoomConfig zoom) {
        this.connections = connections;
        this.states = states;
        this.secrets = secrets;
        this.cipher = cipher;
        this.events = events;
        this.zoom = zoom;
    }

    /** A claimed state: who started the flow, for which connection, with which PKCE verifier. */
    public record Claim(String orgId, String createdBy, UUID connectionId, String codeVerifier) {}

    /**
     * Marks the state used; 400 when it is unknown, used before or expired, 409 when its connection is no longer
     * {@code pending} (it was removed meanwhile): then nothing is stored and Zoom's code is never exchanged.
     */
    @WithTransaction
    public Uni<Claim> claimState(String state) {
        return unusedState(state)
                .call(claim -> connections.findById(claim.connectionId()).invoke(connection -> {
                    if (connection == null || !"pending".equals(connection.status)) {
                        throw new ProblemException(
                                409,
                                "connection-not-pending",
                                "Connection no longer pending",
                                "This connection was removed before Zoom's answer arrived; start the connection again.");
                    }
                }));
    }

    private Uni<Claim> unusedState(String state) {
        String hash = Pkce.hash(state);
        return states.lock(hash).map(stored -> {
            if (stored == null) {
                throw ProblemException.badRequest("Unknown OAuth state; start the connection again.");
            }
            if (stored.usedAt != null) {
                throw ProblemException.badRequest("This OAuth state was used already; start the connection again.");
            }
            if (stored.expiresAt.isBefore(Instant.now())) {
                throw ProblemException.badRequest("This OAuth state has expired; start the connection again.");
            }
            stored.usedAt = Instant.now();
            String verifier = cipher.open(
                    new Sealed(stored.keyId, stored.codeVerifier), ConnectService.verifierContext(stored.stateHash));
            return new Claim(stored.orgId, stored.createdBy, stored.connectionId, verifier);
        });
    }

    /**
     * Stores the tokens and activates the connection. Connecting a Zoom account the organisation already has
     * re-authorises that connection (and drops the pending one) instead of duplicating it.
     */
    @WithTransaction
    public Uni<UUID> activate(Claim claim, TokenResponse tokens, ZoomMe me) {
        return connections
                .findById(claim.connectionId())
                .flatMap(pending -> connections
                        .findLive(claim.orgId(), me.accountId(), claim.connectionId())
                        .flatMap(existing -> {
                            ConnectionEntity target = existing == null ? pending : existing;
                            boolean restored = existing != null && "reauth_required".equals(existing.status);
                            String type = existing == null
                                    ? ConnectionEvents.ESTABLISHED
                                    : restored ? ConnectionEvents.RESTORED : ConnectionEvents.ESTABLISHED;
                            List<String> granted = scopes(tokens.scope());
                            target.status = "active";
                            target.clientId = zoom.clientId().orElse(target.clientId);
                            target.authorizedAt = Instant.now();
                            target.zoomAccountId = me.accountId();
                            target.grantedScopes = granted;
                            target.missingScopes = zoom.requiredScopes().stream()
                                    .filter(scope -> !granted.contains(scope))
                                    .toList();
                            target.lastRefreshAt = Instant.now();
                            target.lastError = null;
                            target.updatedAt = Instant.now();
                            Uni<Void> dropPending =
                                    existing == null ? Uni.createFrom().voidItem() : connections.delete(pending);
                            return dropPending
                                    .flatMap(ignored -> storeTokens(target.id, tokens))
                                    .flatMap(ignored ->
                                            events.append(type, target, Map.of("reauthorised", existing != null)))
                                    .replaceWith(target.id);
                        }));
    }

    /** Writes (or replaces) a connection's encrypted tokens. */
    public Uni<ConnectionSecretEntity> storeTokens(UUID connectionId, TokenResponse tokens) {
        return secrets.findById(connectionId).flatMap(found -> {
            ConnectionSecretEntity secret = found == null ? new ConnectionSecretEntity() : found;
            secret.connectionId = connectionId;
            TokenSealing.seal(cipher, secret, tokens);
            return found == null ? secrets.persist(secret) : Uni.createFrom().item(secret);
        });
    }

    private static List<String> scopes(String scope) {
        if (scope == null || scope.isBlank()) {
            return List.of();
        }
        return Arrays.stream(scope.trim().split("[\\s,]+")).distinct().toList();
    }
}
