package io.switchboard.activity.mapping;

import io.switchboard.activity.repository.ActivityEntity;
import io.switchboard.rest.paging.Cursor;
import java.time.Instant;
import java.util.UUID;

/** A timeline entry as the REST API shows it. */
public record ActivityView(
        UUID id,
        String profileId,
        UUID connectionId,
        String type,
        String title,
        Instant startedAt,
        Instant endedAt,
        Integer durationSeconds,
        String role,
        Integer participants,
        Integer minutesPresent,
        String otherParty,
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
