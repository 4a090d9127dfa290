package io.switchboard.usermapping.mapping;

import io.switchboard.usermapping.repository.DirectoryQueries.UserMapping;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A Zoom user of a connection with its mapping (the profile, or the reason it has none) and who last changed it. */
public record ZoomUserView(
        @Schema(examples = "KDcuGIm1QgePTO8WbOqwIQ") String zoomUserId,
        @Schema(examples = "grace@acme.example") String email,

        @Schema(description = "Earlier emails of the user", examples = "[]")
        List<String> aliases,

        @Schema(examples = "Grace Hopper") String displayName,
        @Schema(examples = "active") String status,
        @Schema(examples = "true") boolean mapped,
        @Schema(examples = "p-1042") String profileId,

        @Schema(
                enumeration = {"auto", "manual"},
                examples = "auto")
        String source,

        @Schema(description = "Whether the person's Zoom switch is on", examples = "true")
        boolean enabled,

        @Schema(description = "Why the user has no profile, or null", examples = "no_profile")
        String reason,

        @Schema(examples = "admin@acme") String changedBy,
        @Schema(examples = "2026-03-02T09:15:00Z") java.time.Instant changedAt) {

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
