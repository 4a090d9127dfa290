package io.switchboard.activity.mapping;

import io.switchboard.activity.repository.ReconciliationRunRepository.Run;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A reconciliation with Zoom's reports as the API shows it: the days it covers, its state ({@code queued},
 * {@code running}, {@code waiting}, {@code completed}, {@code failed}) and what it found. A waiting run tries again at
 * {@code retryAt}, from {@code resumeFrom}; {@code lastError} says why it waits or failed, or
 * what a completed run could not get (webinars, on a plan without Zoom's Dashboard).
 */
public record ReconciliationView(
        String state,
        String trigger,
        LocalDate from,
        LocalDate to,
        Instant queuedAt,
        Instant startedAt,
        Instant finishedAt,
        int meetings,
        int webinars,
        int calls,
        String lastError,
        Instant retryAt,
        LocalDate resumeFrom,
        int attempts) {

    public static ReconciliationView of(Run run) {
        return run == null
                ? null
                : new ReconciliationView(
                        run.state(),
                        run.trigger(),
                        run.fromDay(),
                        run.toDay(),
                        run.queuedAt(),
                        run.startedAt(),
                        run.finishedAt(),
                        run.meetings(),
                        run.webinars(),
                        run.calls(),
                        run.lastError(),
                        run.notBefore(),
                        run.resumeFrom(),
                        run.attempts());
    }
}
