package io.switchboard.usermapping.mapping;

import io.switchboard.usermapping.repository.DirectoryQueries.UserMapping;
import java.util.List;

/** A Zoom user of a connection with its mapping (the profile, or the reason it has none) and who last changed it. */
public record ZoomUserView(
        String zoomUserId,
        String email,
        List<String> aliases,
        String displayName,
        String status,
        boolean mapped,
        String profileId,
        String source,
        boolean enabled,
        String reason,
        String changedBy,
        java.time.Instant changedAt) {

    public static ZoomUserView of(UserMapping row) {
        return new ZoomUserView(
                row.zoomUserId(),
                row.email(),
                row.aliases(),
                row.displayName(),
                row.status(),
                row.mapped(),
                row.profileId(),
                row.source(),
                row.enabled(),
                row.reason(),
                row.changedBy(),
                row.changedAt());
    }
}
