package io.switchboard.activity.mapping;

import io.switchboard.activity.repository.ReconciliationRunRepository.Run;
import java.time.Instant;
import java.time.LocalDate;

/** A reconciliation with Zoom's reports as the API shows it: the days it covers, its state and what it found. */
public record ReconciliationView(
        String state,
        String trigger,
        LocalDate from,
        LocalDate to,
        Instant queuedAt,
        Instant startedAt,
        Instant finishedAt,
        int meetings,
        int calls,
        String lastError) {

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
                        run.calls(),
                        run.lastError());
    }
}
