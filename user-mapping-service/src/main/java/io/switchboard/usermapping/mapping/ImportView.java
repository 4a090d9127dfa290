package io.switchboard.usermapping.mapping;

import io.switchboard.usermapping.repository.ImportRunRepository.ImportRun;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An import run as the API shows it; counts of matching appear once it completed. */
public record ImportView(
        @Schema(examples = "7e1f3a5c-9b2d-4e6f-8a1c-3d5e7f9a1b20")
        UUID runId,

        @Schema(examples = "completed") String state,

        @Schema(description = "established, restored, sync_requested or schedule", examples = "established")
        String trigger,

        @Schema(examples = "3") int pagesFetched,
        @Schema(examples = "612") int usersSeen,
        @Schema(examples = "590") Integer matched,
        @Schema(examples = "20") Integer unmatched,
        @Schema(examples = "2") Integer ambiguous,
        @Schema(examples = "1") int attempts,
        @Schema(examples = "2026-03-02T09:15:01Z") Instant queuedAt,
        @Schema(examples = "2026-03-02T09:15:02Z") Instant startedAt,
        @Schema(examples = "2026-03-02T09:15:09Z") Instant finishedAt,
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
