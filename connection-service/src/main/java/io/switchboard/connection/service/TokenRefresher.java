package io.switchboard.connection.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.switchboard.connection.client.TokenResponse;
import io.switchboard.connection.client.ZoomOAuthClient;
import io.switchboard.connection.client.ZoomOAuthException;
import io.switchboard.connection.config.ConnectionConfig;
import io.switchboard.connection.crypto.TokenCipher;
import io.switchboard.connection.messaging.ConnectionEvents;
import io.switchboard.connection.repository.ConnectionEntity;
import io.switchboard.connection.repository.ConnectionRepository;
import io.switchboard.connection.repository.ConnectionSecretEntity;
import io.switchboard.connection.repository.SecretRepository;
import io.switchboard.rest.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Reads and refreshes access tokens. A refresh holds the connection's secret row lock ({@code SELECT ... FOR
 * UPDATE}) from the re-read until the new refresh token is committed, so refreshes of one connection never race,
 * across threads and replicas alike.
 */
@ApplicationScoped
public class TokenRefresher {

    private final ConnectionRepository connections;
    private final SecretRepository secrets;
    private final TokenCipher cipher;
    private final ZoomOAuthClient zoom;
    private final ConnectionEvents events;
    private final ConnectionConfig config;

    public TokenRefresher(
            ConnectionRepository connections,
            SecretRepository secrets,
            TokenCipher cipher,
            ZoomOAuthClient zoom,
            ConnectionEvents events,
            ConnectionConfig config) {
        this.connections = connections;
        this.secrets = secrets;
        this.cipher = cipher;
        this.zoom = zoom;
        this.events = events;
        this.config = config;
    }

    /** An access token handed to a caller. */
    public record AccessToken(String accessToken, Instant expiresAt, String zoomAccountId) {}

    /** The stored token when it is still good beyond the refresh margin; null when it needs a refresh. */
    @WithSession
    public Uni<AccessToken> current(UUID connectionId) {
        return connections.findById(connectionId).flatMap(connection -> {
            requireUsable(connection, connectionId);
            return secrets.findById(connectionId).map(secret -> fresh(connection, secret));
        });
    }

    /** Refreshes under the row lock, unless another caller did so while this one waited. */
    @WithTransaction
    public Uni<Outcome> refreshLocked(UUID connectionId) {
        return secrets.lock(connectionId)
                .flatMap(secret -> connections.findById(connectionId).flatMap(connection -> {
                    requireUsable(connection, connectionId);
                    AccessToken fresh = fresh(connection, secret);
                    if (fresh != null) {
                        return Uni.createFrom().item(Outcome.token(fresh));
                    }
                    if (secret == null) {
                        throw new ProblemException(
                                409,
                                "connection-not-authorised",
                                "Connection not authorised",
                                "The connection holds no tokens.");
                    }
                    return grant(connection, secret)
                            .map(tokens -> {
                                TokenSealing.seal(cipher, secret, tokens);
                                connection.lastRefreshAt = Instant.now();
                                connection.lastError = null;
                                connection.updatedAt = Instant.now();
                                return Outcome.token(new AccessToken(
                                        tokens.accessToken(), secret.accessTokenExpiresAt, connection.zoomAccountId));
                            })
                            .onFailure(ZoomOAuthException.class)
                            .recoverWithUni(failure -> failed(connection, failure));
                }));
    }

    private Uni<TokenResponse> grant(ConnectionEntity connection, ConnectionSecretEntity secret) {
        if ("server_to_server".equals(connection.type)) {
            return zoom.accountCredentials(
                    connection.zoomAccountId, connection.clientId, TokenSealing.open(cipher, secret, "client_secret"));
        }
        return zoom.refresh(TokenSealing.open(cipher, secret, "refresh_token"));
    }

    private Uni<Outcome> failed(ConnectionEntity connection, ZoomOAuthException failure) {
        connection.lastError = failure.getMessage();
        connection.updatedAt = Instant.now();
        if (failure.kind() != ZoomOAuthException.Kind.INVALID_GRANT) {
            return Uni.createFrom().item(Outcome.unavailable(failure));
        }
        connection.status = "reauth_required";
        return events.append(ConnectionEvents.REAUTH_REQUIRED, connection, Map.of("reason", failure.getMessage()))
                .replaceWith(Outcome.reauthRequired(connection.id));
    }

    private AccessToken fresh(ConnectionEntity connection, ConnectionSecretEntity secret) {
        if (secret == null || secret.accessToken == null || secret.accessTokenExpiresAt == null) {
            return null;
        }
        if (secret.accessTokenExpiresAt.isBefore(Instant.now().plus(config.refreshAhead()))) {
            return null;
        }
        return new AccessToken(
                TokenSealing.open(cipher, secret, "access_token"),
                secret.accessTokenExpiresAt,
                connection.zoomAccountId);
    }

    private static void requireUsable(ConnectionEntity connection, UUID connectionId) {
        if (connection == null || "removed".equals(connection.status)) {
            throw ProblemException.notFound("Connection " + connectionId + " was not found.");
        }
        if ("reauth_required".equals(connection.status)) {
            throw reauthProblem(connectionId);
        }
        if ("pending".equals(connection.status)) {
            throw new ProblemException(
                    409,
                    "connection-pending",
                    "Connection pending",
                    "Connection " + connectionId + " is not authorised yet.");
        }
    }

    static ProblemException reauthProblem(UUID connectionId) {
        return new ProblemException(
                409,
                "reauth-required",
                "Re-authorisation required",
                "Zoom no longer accepts connection " + connectionId
                        + "'s grant; an admin of the organisation must connect the Zoom account again.");
    }

    /** The result of a locked refresh; committed before the caller sees it. */
    public record Outcome(AccessToken token, UUID reauthRequired, ZoomOAuthException unavailable) {

        static Outcome token(AccessToken token) {
            return new Outcome(token, null, null);
        }

        static Outcome reauthRequired(UUID connectionId) {
            return new Outcome(null, connectionId, null);
        }

        static Outcome unavailable(ZoomOAuthException failure) {
            return new Outcome(null, null, failure);
        }

        /** The token, or the problem the caller gets. */
        public AccessToken tokenOrThrow() {
            if (token != null) {
                return token;
            }
            if (reauthRequired != null) {
                throw reauthProblem(reauthRequired);
            }
            throw new ProblemException(
                    503,
                    "zoom-unavailable",
                    "Zoom unavailable",
                    "Zoom could not refresh the token now; retry shortly.");
        }
    }
}
