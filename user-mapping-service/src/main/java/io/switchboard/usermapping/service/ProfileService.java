package io.switchboard.usermapping.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.switchboard.rest.problem.ProblemException;
import io.switchboard.usermapping.mapping.ProfileRequest;
import io.switchboard.usermapping.mapping.ProfileView;
import io.switchboard.usermapping.repository.ProfileEntity;
import io.switchboard.usermapping.repository.ProfileRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Creates, replaces and reads the organisation's profiles. */
@ApplicationScoped
public class ProfileService {

    private final ProfileRepository profiles;

    public ProfileService(ProfileRepository profiles) {
        this.profiles = profiles;
    }

    /** Creates or replaces a profile; the result says whether it was new. */
    @WithTransaction
    public Uni<Upserted> upsert(String orgId, String profileId, ProfileRequest request) {
        ProfileRequest valid = request.normalised();
        ProfileEntity.Key key = new ProfileEntity.Key(orgId, profileId);
        return profiles.findById(key).flatMap(existing -> {
            ProfileEntity entity = existing == null ? new ProfileEntity() : existing;
            entity.key = key;
            entity.email = valid.email();
            entity.displayName = valid.displayName();
            entity.alternateEmails = valid.alternateEmails();
            entity.updatedAt = Instant.now();
            return profiles.persist(entity).map(saved -> new Upserted(ProfileView.of(saved), existing == null));
        });
    }

    @WithSession
    public Uni<ProfileView> get(String orgId, String profileId) {
        return profiles.findById(new ProfileEntity.Key(orgId, profileId))
                .onItem()
                .ifNull()
                .failWith(() -> ProblemException.notFound("Profile " + profileId + " was not found."))
                .map(ProfileView::of);
    }

    /** The stored profile and whether this call created it. */
    public record Upserted(ProfileView profile, boolean created) {}
}
