package io.switchboard.connection.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.switchboard.connection.config.ConnectionConfig;
import io.switchboard.connection.repository.SecretRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Refreshes access tokens that are about to expire, one connection at a time and through the same locked path as
 * callers, so that callers rarely wait for Zoom and a refresh never races another.
 */
@ApplicationScoped
public class TokenRefreshScheduler {

    private final SecretRepository secrets;
    private final TokenRefresher refresher;
    private final ConnectionConfig config;

    public TokenRefreshScheduler(SecretRepository secrets, TokenRefresher refresher, ConnectionConfig config) {
        this.secrets = secrets;
        this.refresher = refresher;
        this.config = config;
    }

    @Scheduled(
            identity = "token-refresh",
            every = "${switchboard.connection.refresh-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> refreshDueTokens() {
        return due().onItem()
                .transformToMulti(ids -> Multi.createFrom().iterable(ids))
                .onItem()
                .transformToUniAndConcatenate(id -> refresher
                        .refreshLocked(id)
                        .onFailure()
                        .recoverWithItem(failure -> {
                            Log.debugf("Background refresh of %s skipped: %s", id, failure.getMessage());
                            return null;
                        }))
                .collect()
                .asList()
                .replaceWithVoid();
    }

    /** Active connections whose access token expires within twice the refresh margin. */
    @WithSession
    Uni<List<UUID>> due() {
        Instant horizon = Instant.now().plus(config.refreshAhead().multipliedBy(2));
        return secrets.<UUID>find(
                        "select s.connectionId from ConnectionSecretEntity s, ConnectionEntity c"
                                + " where c.id = s.connectionId and c.status = 'active'"
                                + " and s.accessTokenExpiresAt < ?1",
                        horizon)
                .project(UUID.class)
                .list();
    }
}
