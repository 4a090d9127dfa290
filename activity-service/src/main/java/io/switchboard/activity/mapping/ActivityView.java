package io.switchboard.activity.mapping;

import io.switchboard.activity.repository.ActivityEntity;
import io.switchboard.rest.paging.Cursor;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A timeline entry as the REST API shows it. */
public record ActivityView(
        @Schema(examples = "0b9d2c4e-6f1a-4e3b-8a5d-7c2e9f1b3d40")
        UUID id,

        @Schema(examples = "p-1042") String profileId,

        @Schema(examples = "3f2c1e9a-8d4b-4c1e-9f7a-2b6d5e8c1a00")
        UUID connectionId,

        @Schema(
                enumeration = {"meeting", "webinar", "phone"},
                examples = "meeting")
        String type,

        @Schema(description = "The topic; null when the organisation does not store topics", examples = "Weekly sync")
        String title,

        @Schema(examples = "2026-03-02T09:00:00Z") Instant startedAt,
        @Schema(examples = "2026-03-02T09:30:00Z") Instant endedAt,
        @Schema(examples = "1800") Integer durationSeconds,

        @Schema(
                enumeration = {"hosted", "attended", "placed", "received", "missed"},
                examples = "hosted")
        String role,

        @Schema(examples = "4") Integer participants,
        @Schema(examples = "30") Integer minutesPresent,

        @Schema(description = "A call's other party: a name, a number or an extension", examples = "Front desk")
        String otherParty,

        @Schema(description = "A call's result", examples = "answered")
        String result) {

    public static ActivityView of(ActivityEntity entity) {
        return new ActivityView(
                entity.id,
                entity.profileId,
                entity.connectionId,
                entity.type,
                entity.title,
                entity.startedAt,
                entity.endedAt,
                entity.durationSeconds,
                entity.role,
                entity.participants,
                entity.minutesPresent,
                entity.otherParty,
                entity.result);
    }

    /** The cursor that continues after this entry. */
    public String cursor() {
        return Cursor.encode(startedAt.toString(), id.toString());
    }
}
