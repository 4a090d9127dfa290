package io.switchboard.messaging.housekeeping;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Removes stale rows (published outbox events, old processed-event claims, and whatever {@link HousekeepingTask}s
 * a service adds) on a timer of its own, so that no load elsewhere can starve it. Each task deletes in bounded
 * batches; removals are counted in {@code switchboard_housekeeping_removed_total{task}}.
 */
@ApplicationScoped
public class Housekeeping {

    private final List<HousekeepingTask> tasks;
    private final HousekeepingConfig config;
    private final Vertx vertx;
    private final MeterRegistry registry;
    private final AtomicBoolean running = new AtomicBoolean();

    public Housekeeping(
            @Any Instance<HousekeepingTask> tasks, HousekeepingConfig config, Vertx vertx, MeterRegistry registry) {
        this.tasks = tasks.stream().toList();
        this.config = config;
        this.vertx = vertx;
        this.registry = registry;
    }

    void start(@Observes StartupEvent startup) {
        if (config.enabled() && running.compareAndSet(false, true)) {
            schedule();
        }
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running.set(false);
    }

    private void schedule() {
        if (running.get()) {
            vertx.setTimer(
                    Math.max(1, config.every().toMillis()),
                    id -> pass().subscribe().with(removed -> schedule(), failure -> {
                        if (running.get()) {
                            Log.warnf("Housekeeping pass failed, trying again later: %s", failure.toString());
                        }
                        schedule();
                    }));
        }
    }

    /** One pass over every task; the number of rows removed. */
    public Uni<Integer> pass() {
        return Multi.createFrom()
                .iterable(tasks)
                .onItem()
                .transformToUniAndConcatenate(task -> drain(task).onFailure().recoverWithItem(failure -> {
                    Log.warnf("Housekeeping task %s failed, the others go on: %s", task.name(), failure.toString());
                    return 0;
                }))
                .collect()
                .with(java.util.stream.Collectors.summingInt(Integer::intValue));
    }

    /** Runs {@code task} batch after batch until a batch comes back short or the pass's limit is reached. */
    private Uni<Integer> drain(HousekeepingTask task) {
        return drain(task, 0, 0);
    }

    private Uni<Integer> drain(HousekeepingTask task, int batches, int removedSoFar) {
        return task.removeBatch(config.batchSize()).flatMap(removed -> {
            registry.counter("switchboard.housekeeping.removed", "task", task.name())
                    .increment(removed);
            int total = removedSoFar + removed;
            boolean more = removed == config.batchSize() && batches + 1 < config.maxBatchesPerPass();
            return more ? drain(task, batches + 1, total) : Uni.createFrom().item(total);
        });
    }
}
