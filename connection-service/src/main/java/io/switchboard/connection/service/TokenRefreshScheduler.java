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
 * callers, so that callers rarely wait for Zoom and a refresh never races another. Connections backing off after a
 * Zoom failure are left alone until their retry time; a row another replica holds is skipped this round.
 */
@ApplicationScoped
public class TokenRefreshScheduler {

    private final SecretRepository secrets;
    private final LockedRefresh refresh;
    private final ConnectionConfig config;

    public TokenRefreshScheduler(SecretRepository secrets, LockedRefresh refresh, ConnectionConfig config) {
        this.secrets = secrets;
        this.refresh = refresh;
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
                .transformToUniAndConcatenate(id -> refresh.refresh(id)
                        .replaceWithVoid()
                        .onFailure()
                        .recoverWithItem(failure -> {
                            Log.debugf(
                                    "Background refresh of %s skipped: %s",
                                    id, failure.getClass().getSimpleName());
                            return null;
                        }))
                .collect()
                .asList()
                .replaceWithVoid();
    }

    /** Active connections whose access token expires within twice the refresh margin. */
    @WithSession
    Uni<List<UUID>> due() {
        Instant now = Instant.now();
        return secrets.dueForRefresh(now.plus(config.refreshAhead().multipliedBy(2)), now);
    }
}
