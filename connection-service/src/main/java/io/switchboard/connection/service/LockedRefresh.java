package io.switchboard.connection.service;

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
import io.switchboard.connection.repository.ConnectionType;
import io.switchboard.connection.repository.SecretRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One refresh of one connection, under its secret row's lock taken without waiting ({@code NOWAIT}, SQLSTATE 55P03
 * when someone else holds it). The outcome commits before the caller sees it: new tokens, a back-off recorded on
 * the row after a failure Zoom may recover from, or re-authorisation (and its event) after a dead grant.
 */
@ApplicationScoped
public class LockedRefresh {

    private final ConnectionRepository connections;
    private final SecretRepository secrets;
    private final TokenCipher cipher;
    private final ZoomOAuthClient zoom;
    private final ConnectionEvents events;
    private final ConnectionConfig config;

    public LockedRefresh(
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

    /** Refreshes unless the row shows a good token or a back-off; the outcome, committed. */
    @WithTransaction
    public Uni<Outcome> refresh(UUID connectionId) {
        return secrets.lockNow(connectionId)
                .flatMap(secret -> connections.findById(connectionId).flatMap(connection -> {
                    TokenState.requireUsable(connection, connectionId);
                    if (secret == null) {
                        throw ConnectionProblems.notAuthorised();
                    }
                    TokenState state = TokenState.of(connection, secret, cipher, config.refreshAhead(), Instant.now());
                    return state.answer(Instant.now())
                            .map(token -> Uni.createFrom().item(Outcome.token(token)))
                            .orElseGet(() -> grant(connection, secret, state));
                }));
    }

    private Uni<Outcome> grant(ConnectionEntity connection, ConnectionSecretEntity secret, TokenState state) {
        Uni<TokenResponse> granted = connection.type == ConnectionType.SERVER_TO_SERVER
                ? zoom.accountCredentials(
                        connection.zoomAccountId,
                        connection.clientId,
                        TokenSealing.open(cipher, secret, "client_secret"))
                : zoom.refresh(TokenSealing.open(cipher, secret, "refresh_token"));
        return granted.map(tokens -> stored(connection, secret, tokens))
                .onFailure(ZoomOAuthException.class)
                .recoverWithUni(failure -> failed(connection, secret, state, failure));
    }

    private Outcome stored(ConnectionEntity connection, ConnectionSecretEntity secret, TokenResponse tokens) {
        TokenSealing.seal(cipher, secret, tokens);
        secret.clearBackOff();
        connection.refreshed();
        return Outcome.token(
                new AccessToken(tokens.accessToken(), secret.accessTokenExpiresAt, connection.zoomAccountId));
    }

    private Uni<Outcome> failed(
            ConnectionEntity connection, ConnectionSecretEntity secret, TokenState state, ZoomOAuthException failure) {
        if (failure.kind() == ZoomOAuthException.Kind.INVALID_GRANT) {
            connection.requireReauthorisation(failure.getMessage());
            return events.append(ConnectionEvents.REAUTH_REQUIRED, connection, Map.of("reason", failure.getMessage()))
                    .replaceWith(Outcome.reauthRequired(connection.id));
        }
        Duration wait = backOff(secret.refreshFailures + 1, failure);
        secret.backOff(Instant.now().plus(wait));
        connection.refreshFailed(failure.getMessage());
        return Uni.createFrom()
                .item(state.stillValid() != null ? Outcome.token(state.stillValid()) : Outcome.backingOff(wait));
    }

    /** Doubling from the initial wait up to the maximum; Zoom's Retry-After when it asks for longer. */
    Duration backOff(int failures, ZoomOAuthException failure) {
        Duration doubled = config.refreshBackOffInitial().multipliedBy(1L << Math.min(failures - 1, 16));
        Duration wait = doubled.compareTo(config.refreshBackOffMax()) > 0 ? config.refreshBackOffMax() : doubled;
        Duration asked = failure.retryAfter().orElse(Duration.ZERO);
        Duration capped = asked.compareTo(config.refreshBackOffMax()) > 0 ? config.refreshBackOffMax() : asked;
        return capped.compareTo(wait) > 0 ? capped : wait;
    }

    /** The result of a refresh, committed before the caller sees it. */
    public record Outcome(AccessToken token, UUID reauthRequired, Duration backingOff) {

        static Outcome token(AccessToken token) {
            return new Outcome(token, null, null);
        }

        static Outcome reauthRequired(UUID connectionId) {
            return new Outcome(null, connectionId, null);
        }

        static Outcome backingOff(Duration wait) {
            return new Outcome(null, null, wait);
        }

        /** The token, or the refusal the caller gets. */
        public AccessToken tokenOrThrow() {
            if (token != null) {
                return token;
            }
            if (reauthRequired != null) {
                throw ConnectionProblems.reauthRequired(reauthRequired);
            }
            throw ConnectionProblems.refreshBackingOff(backingOff);
        }
    }
}
