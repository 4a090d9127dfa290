package io.switchboard.activity.service;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.switchboard.activity.config.ActivityConfig;
import io.switchboard.activity.repository.ReconciliationRunRepository;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs queued reconciliations, up to {@code reconcile-parallelism} at once per replica, each claimed with
 * {@code SKIP LOCKED} so that replicas never run the same one; a run whose replica died is taken over after
 * {@code reconcile-stale-after}. Also queues the regular reconciliation of every active connection.
 */
@ApplicationScoped
public class ReconciliationWorker {

    private final Pool database;
    private final ReconciliationRunRepository runs;
    private final Reconciler reconciler;
    private final ActivityConfig config;
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicBoolean stopping = new AtomicBoolean();

    public ReconciliationWorker(
            Pool database, ReconciliationRunRepository runs, Reconciler reconciler, ActivityConfig config) {
        this.database = database;
        this.runs = runs;
        this.reconciler = reconciler;
        this.config = config;
    }

    @Scheduled(
            identity = "reconcile-poll",
            every = "${switchboard.activity.reconcile-poll}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> poll() {
        if (stopping.get() || running.get() >= config.reconcileParallelism()) {
            return Uni.createFrom().voidItem();
        }
        return runs.claim(database, Instant.now().minus(config.reconcileStaleAfter()))
                .invoke(run -> {
                    if (run == null) {
                        return;
                    }
                    running.incrementAndGet();
                    reconciler
                            .run(run)
                            .onTermination()
                            .invoke(running::decrementAndGet)
                            .subscribe()
                            .with(
                                    done -> Log.debugf("Reconciliation %s ended", run.id()),
                                    failure -> Log.errorf(failure, "Reconciliation %s ended unexpectedly", run.id()));
                })
                .replaceWithVoid();
    }

    /** No new run is claimed once the application stops (a run under way is taken over by another replica). */
    void stop(@Observes ShutdownEvent shutdown) {
        stopping.set(true);
    }

    /** Queues the last two days' reconciliation of every active connection not reconciled within {@code reconcile-every}. */
    @Scheduled(
            identity = "scheduled-reconciliation",
            every = "${switchboard.activity.reconcile-check}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> queueDue() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return runs.due(database, Instant.now().minus(config.reconcileEvery()))
                .onItem()
                .transformToMulti(ids -> Multi.createFrom().iterable(ids))
                .onItem()
                .transformToUniAndConcatenate(id -> runs.enqueue(database, id, today.minusDays(2), today, "schedule"))
                .collect()
                .asList()
                .replaceWithVoid();
    }
}
