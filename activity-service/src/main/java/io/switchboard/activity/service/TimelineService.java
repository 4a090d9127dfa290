package io.switchboard.activity.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.switchboard.activity.mapping.ActivityDetail;
import io.switchboard.activity.mapping.ActivityQuery;
import io.switchboard.activity.mapping.ActivityView;
import io.switchboard.activity.repository.ActivityEntity;
import io.switchboard.activity.repository.ActivityRepository;
import io.switchboard.activity.repository.TimelineReadRepository;
import io.switchboard.domain.DomainException;
import io.switchboard.rest.paging.Page;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Reads timelines: an organisation's stream, a person's timeline, one entry. */
@ApplicationScoped
public class TimelineService {

    private final ActivityRepository activities;
    private final ActivityDetails details;
    private final TimelineReadRepository pages;
    private final Pool database;

    public TimelineService(
            ActivityRepository activities, ActivityDetails details, TimelineReadRepository pages, Pool database) {
        this.activities = activities;
        this.details = details;
        this.pages = pages;
        this.database = database;
    }

    public Uni<Page<ActivityView>> page(String orgId, ActivityQuery query) {
        return pages.page(database, orgId, query).map(rows -> Page.of(rows, query.limit(), ActivityView::cursor));
    }

    /** One entry with its participants; 404 when it is not the organisation's (or not {@code onlyOf}'s, when set). */
    @WithSession
    public Uni<ActivityDetail> detail(String orgId, UUID id, String onlyOf) {
        return activities
                .entry(id)
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
