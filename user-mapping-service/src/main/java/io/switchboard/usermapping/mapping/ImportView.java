package io.switchboard.usermapping.mapping;

import io.switchboard.usermapping.repository.ImportRunRepository.ImportRun;
import java.time.Instant;
import java.util.UUID;

/** An import run as the API shows it; counts of matching appear once it completed. */
public record ImportView(
        UUID runId,
        String state,
        String trigger,
        int pagesFetched,
        int usersSeen,
        Integer matched,
        Integer unmatched,
        Integer ambiguous,
        int attempts,
        Instant queuedAt,
        Instant startedAt,
        Instant finishedAt,
        String lastError) {

    public static ImportView of(ImportRun run) {
        return new ImportView(
                run.id(),
                run.state(),
                run.trigger(),
                run.pages(),
                run.usersSeen(),
                run.matched(),
                run.unmatched(),
                run.ambiguous(),
                run.attempts(),
                run.queuedAt(),
                run.startedAt(),
                run.finishedAt(),
                run.lastError());
    }
}
