package io.switchboard.connection.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.switchboard.connection.config.ConnectionConfig;
import io.switchboard.connection.crypto.TokenCipher;
import io.switchboard.connection.repository.ConnectionRepository;
import io.switchboard.connection.repository.SecretRepository;
import io.switchboard.messaging.SqlStates;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Hands out access tokens. A caller first reads the row without a lock: a good token is handed out at once, and
 * while refreshes back off after a Zoom failure it gets the still-valid token or a 503 with Retry-After, without
 * calling Zoom. Only when a refresh is due does it try the row lock, without waiting: one caller (on any replica)
 * refreshes, the others poll the row outside any transaction, so no caller holds a pool connection while it waits.
 */
@ApplicationScoped
public class TokenRefresher {

    private static final long POLL_MILLIS = 100;

    private final ConnectionRepository connections;
    private final SecretRepository secrets;
    private final TokenCipher cipher;
    private final LockedRefresh locked;
    private final ConnectionConfig config;

    public TokenRefresher(
            ConnectionRepository connections,
            SecretRepository secrets,
            TokenCipher cipher,
            LockedRefresh locked,
            ConnectionConfig config) {
        this.connections = connections;
        this.secrets = secrets;
        this.cipher = cipher;
        this.locked = locked;
        this.config = config;
    }

    /** A token good for at least the refresh margin when Zoom allows, else a refusal that says what to do. */
    public Uni<AccessToken> accessToken(UUID connectionId) {
        return attempt(connectionId, Instant.now().plus(config.refreshWait()));
    }

    private Uni<AccessToken> attempt(UUID connectionId, Instant deadline) {
        return read(connectionId)
                .flatMap(state -> state.answer(Instant.now())
                        .map(token -> Uni.createFrom().item(token))
                        .orElseGet(() -> refresh(connectionId, deadline)));
    }

    private Uni<AccessToken> refresh(UUID connectionId, Instant deadline) {
        return locked.refresh(connectionId)
                .map(LockedRefresh.Outcome::tokenOrThrow)
                .onFailure(failure -> SqlStates.is(failure, SqlStates.LOCK_NOT_AVAILABLE))
                .recoverWithUni(busy -> later(connectionId, deadline));
    }

    /** Someone else holds the row: wait a moment outside any transaction, then read again. */
    private Uni<AccessToken> later(UUID connectionId, Instant deadline) {
        if (Instant.now().isAfter(deadline)) {
            return Uni.createFrom().failure(ConnectionProblems.refreshBusy());
        }
        Duration pause =
                Duration.ofMillis(POLL_MILLIS + ThreadLocalRandom.current().nextLong(POLL_MILLIS));
        return Uni.createFrom()
                .voidItem()
                .onItem()
                .delayIt()
                .by(pause)
                .flatMap(ignored -> attempt(connectionId, deadline));
    }

    @WithSession
    Uni<TokenState> read(UUID connectionId) {
        return connections.findById(connectionId).flatMap(connection -> {
            TokenState.requireUsable(connection, connectionId);
            return secrets.findById(connectionId)
                    .map(secret -> TokenState.of(connection, secret, cipher, config.refreshAhead(), Instant.now()));
        });
    }
}
