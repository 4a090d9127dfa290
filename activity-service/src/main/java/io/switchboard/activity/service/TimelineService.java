package io.switchboard.activity.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.switchboard.activity.mapping.ActivityDetail;
import io.switchboard.activity.mapping.ActivityQuery;
import io.switchboard.activity.mapping.ActivityView;
import io.switchboard.activity.repository.ActivityEntity;
import io.switchboard.activity.repository.ActivityRepository;
import io.switchboard.domain.DomainException;
import io.switchboard.rest.paging.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Reads timelines: an organisation's stream, a person's timeline, one entry. */
@ApplicationScoped
public class TimelineService {

    private final ActivityRepository activities;
    private final ActivityDetails details;

    public TimelineService(ActivityRepository activities, ActivityDetails details) {
        this.activities = activities;
        this.details = details;
    }

    @WithSession
    public Uni<Page<ActivityView>> page(String orgId, ActivityQuery query) {
        return activities
                .page(orgId, query)
                .map(rows ->
                        Page.of(rows.stream().map(ActivityView::of).toList(), query.limit(), ActivityView::cursor));
    }

    /** One entry with its participants; 404 when it is not the organisation's (or not {@code onlyOf}'s, when set). */
    @WithSession
    public Uni<ActivityDetail> detail(String orgId, UUID id, String onlyOf) {
        return activities
                .findById(id)
                .map(entity -> visible(entity, orgId, onlyOf) ? entity : null)
                .onItem()
                .ifNull()
                .failWith(() -> DomainException.notFound("Activity " + id + " was not found."))
                .flatMap(details::of);
    }

    private static boolean visible(ActivityEntity entity, String orgId, String onlyOf) {
        return entity != null
                && !entity.hidden
                && entity.orgId.equals(orgId)
                && (onlyOf == null || onlyOf.equals(entity.profileId));
    }
}
