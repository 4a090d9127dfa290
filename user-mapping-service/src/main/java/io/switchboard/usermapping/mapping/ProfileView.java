package io.switchboard.usermapping.mapping;

import io.switchboard.usermapping.repository.ProfileRepository.ProfileRow;
import java.time.Instant;
import java.util.List;

/** A profile as the REST API shows it. */
public record ProfileView(
        String orgId,
        String profileId,
        String email,
        String displayName,
        List<String> alternateEmails,
        Instant updatedAt) {

    public static ProfileView of(ProfileRow row) {
        return new ProfileView(
                row.orgId(), row.profileId(), row.email(), row.displayName(), row.alternateEmails(), row.updatedAt());
    }
}
