package io.switchboard.usermapping.service;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.switchboard.usermapping.config.UserMappingConfig;
import io.switchboard.usermapping.repository.ImportRunRepository;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs queued imports: up to {@code import-parallelism} connections at once per replica, each run claimed with
 * {@code SKIP LOCKED} so that replicas never run the same one, and a run whose replica died taken over after
 * {@code import-stale-after}. Also queues the regular import of every active connection ({@code import-every}).
 */
@ApplicationScoped
public class ImportWorker {

    private final Pool database;
    private final ImportRunRepository runs;
    private final ImportJob job;
    private final UserMappingConfig config;
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicBoolean stopping = new AtomicBoolean();

    public ImportWorker(Pool database, ImportRunRepository runs, ImportJob job, UserMappingConfig config) {
        this.database = database;
        this.runs = runs;
        this.job = job;
        this.config = config;
    }

    @Scheduled(
            identity = "import-poll",
            every = "${switchboard.user-mapping.import-poll}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> poll() {
        if (stopping.get()) {
            return Uni.createFrom().voidItem();
        }
        // A slot is taken before the claim, so that a wake-up and the schedule together never exceed the limit.
        if (running.incrementAndGet() > config.importParallelism()) {
            running.decrementAndGet();
            return Uni.createFrom().voidItem();
        }
        return runs.claim(database, Instant.now().minus(config.importStaleAfter()))
                .onFailure()
                .invoke(running::decrementAndGet)
                .invoke(run -> {
                    if (run == null) {
                        running.decrementAndGet();
                        return;
                    }
                    job.run(run)
                            .onTermination()
                            .invoke(running::decrementAndGet)
                            .subscribe()
                            .with(
                                    done -> Log.debugf("Import %s ended", run.id()),
                                    failure -> Log.errorf(failure, "Import %s ended unexpectedly", run.id()));
                })
                .replaceWithVoid();
    }

    /** A run was just queued here: claims it now instead of at the next poll (another replica may claim it first). */
    public void wake() {
        poll().subscribe()
                .with(ignored -> {}, failure -> Log.warnf("Claiming a queued import failed: %s", failure.toString()));
    }

    /** No new run is claimed once the application stops (a run under way is taken over by another replica). */
    void stop(@Observes ShutdownEvent shutdown) {
        stopping.set(true);
    }

    /** Queues an import of every active connection not imported within {@code import-every}. */
    @Scheduled(
            identity = "scheduled-import",
            every = "${switchboard.user-mapping.import-check}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> queueDue() {
        return runs.dueForImport(database, Instant.now().minus(config.importEvery()))
                .onItem()
                .transformToMulti(ids -> Multi.createFrom().iterable(ids))
                .onItem()
                .transformToUniAndConcatenate(id -> runs.enqueue(database, id, "schedule"))
                .collect()
                .asList()
                .replaceWithVoid();
    }
}
