package io.switchboard.usermapping.mapping;

import io.switchboard.usermapping.repository.ProfileEntity;
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

    public static ProfileView of(ProfileEntity entity) {
        return new ProfileView(
                entity.key.orgId(),
                entity.key.profileId(),
                entity.email,
                entity.displayName,
                entity.alternateEmails,
                entity.updatedAt);
    }
}
