package io.switchboard.license.service;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.switchboard.license.config.LicenseConfig;
import io.switchboard.license.repository.PlanSyncRepository;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Claims the plan syncs that are due (on connect, on a sync request, after a failure, or daily) and runs them, one
 * after another. Any number of replicas may run it: each due sync is claimed by one of them.
 */
@ApplicationScoped
public class PlanSyncWorker {

    private final Pool database;
    private final PlanSyncRepository syncs;
    private final PlanSync plan;
    private final LicenseConfig config;
    private final Clock clock;
    private final AtomicBoolean stopping = new AtomicBoolean();

    public PlanSyncWorker(Pool database, PlanSyncRepository syncs, PlanSync plan, LicenseConfig config, Clock clock) {
        this.database = database;
        this.syncs = syncs;
        this.plan = plan;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(
            identity = "plan-sync-poll",
            every = "${switchboard.license.sync-poll}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> poll() {
        if (stopping.get()) {
            return Uni.createFrom().voidItem();
        }
        Instant now = clock.instant();
        return database.withTransaction(sql -> syncs.claimDue(
                        sql, now.minus(config.syncEvery()), now.minus(config.syncRetry()), config.syncBatch()))
                .onItem()
                .transformToMulti(ids -> Multi.createFrom().iterable(ids))
                .onItem()
                .transformToUniAndConcatenate(id -> plan.sync(id)
                        .onFailure()
                        .invoke(failure -> Log.warnf("Plan sync of connection %s failed: %s", id, failure.toString()))
                        .onFailure()
                        .recoverWithNull())
                .collect()
                .last()
                .replaceWithVoid();
    }

    /** No new sync is claimed once the application stops. */
    void stop(@Observes ShutdownEvent shutdown) {
        stopping.set(true);
    }
}
