package io.switchboard.activity.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** One timeline entry as an entity, for the detail view (pages are read in SQL: {@link TimelineReadRepository}). */
@ApplicationScoped
public class ActivityRepository implements PanacheRepositoryBase<ActivityEntity, UUID> {

    /** One entry by id (hidden or not: the caller decides), or null. */
    public Uni<ActivityEntity> entry(UUID id) {
        return findById(id);
    }
}
