package io.switchboard.activity.service;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.switchboard.activity.config.ActivityConfig;
import io.switchboard.activity.repository.ReconciliationRunRepository;
import io.switchboard.activity.repository.ReconciliationRunRepository.Run;
import io.switchboard.zoom.api.auth.AccessTokenException;
import io.switchboard.zoom.api.error.ZoomApiException;
import io.switchboard.zoom.api.error.ZoomDailyLimitException;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;

/**
 * What a failed reconciliation attempt leads to. The spent daily cap of Heavy calls waits for its reset (00:00 UTC);
 * Zoom's refusals no retry fixes (a bad request, a refused token), connection-service's (the connection needs
 * re-authorising or is gone: its restoration queues a backfill of its own) and a connection no longer active end the
 * run failed; anything else (Zoom down, its 429s after the client's own retries, the database away, a timeout) waits
 * {@code reconcile-retry-initial}, doubling per failure up to {@code reconcile-retry-max}. A run another replica took
 * over is left to it.
 */
@ApplicationScoped
public class RunFailures {

    /** The run's connection was removed or deactivated: nothing to reconcile. */
    static final class ConnectionInactive extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        ConnectionInactive() {
            super("The connection is not active");
        }
    }

    /** Another replica claimed the run (this one's heartbeat was late): this attempt stops. */
    static final class TakenOver extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        TakenOver() {
            super("The run was taken over by another replica");
        }
    }

    private final Pool database;
    private final ReconciliationRunRepository runs;
    private final ActivityConfig config;

    public RunFailures(Pool database, ReconciliationRunRepository runs, ActivityConfig config) {
        this.database = database;
        this.runs = runs;
        this.config = config;
    }

    /** Records what the attempt's failure leads to; never fails. */
    public Uni<Void> record(Run run, Throwable failure) {
        if (failure instanceof TakenOver) {
            Log.infof("Reconciliation %s continues on another replica", run.id());
            return Uni.createFrom().voidItem();
        }
        String error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        Uni<Void> outcome;
        if (failure instanceof ZoomDailyLimitException spent) {
            Log.infof("Reconciliation %s waits for the daily cap to reset at %s", run.id(), spent.resetsAt());
            outcome = runs.waitUntil(database, run.id(), run.attempts(), error, spent.resetsAt());
        } else if (failure instanceof ConnectionInactive
                || (failure instanceof ZoomApiException zoom && !zoom.isTransient())
                || (failure instanceof AccessTokenException token && !token.isTransient())) {
            Log.warnf("Reconciliation %s of connection %s failed: %s", run.id(), run.connectionId(), error);
            outcome = runs.fail(database, run.id(), run.attempts(), error);
        } else {
            Instant retryAt = Instant.now().plus(backOff(run.failures()));
            Log.warnf(
                    "Reconciliation %s of connection %s tries again at %s: %s",
                    run.id(), run.connectionId(), retryAt, error);
            outcome = runs.waitUntil(database, run.id(), run.attempts(), error, retryAt);
        }
        return outcome.onFailure()
                .invoke(lost -> Log.errorf(lost, "Reconciliation %s: its outcome was not recorded", run.id()))
                .onFailure()
                .recoverWithNull();
    }

    /** The wait after {@code earlierFailures} failures: the initial wait doubled that often, at most the maximum. */
    Duration backOff(int earlierFailures) {
        Duration wait = config.reconcileRetryInitial();
        for (int i = 0; i < earlierFailures && wait.compareTo(config.reconcileRetryMax()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(config.reconcileRetryMax()) > 0 ? config.reconcileRetryMax() : wait;
    }
}
