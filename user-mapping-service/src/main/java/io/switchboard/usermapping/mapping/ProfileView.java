package io.switchboard.usermapping.mapping;

import io.switchboard.usermapping.repository.ProfileRepository.ProfileRow;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A profile as the REST API shows it. */
public record ProfileView(
        @Schema(examples = "acme") String orgId,
        @Schema(examples = "p-1042") String profileId,
        @Schema(examples = "grace@acme.example") String email,
        @Schema(examples = "Grace Hopper") String displayName,
        @Schema(examples = "[\"g.hopper@acme.example\"]") List<String> alternateEmails,
        @Schema(examples = "2026-03-02T09:15:00Z") Instant updatedAt) {

    public static ProfileView of(ProfileRow row) {
        return new ProfileView(
                row.orgId(), row.profileId(), row.email(), row.displayName(), row.alternateEmails(), row.updatedAt());
    }
}
