package io.switchboard.activity.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.switchboard.activity.mapping.ActivityQuery;
import io.switchboard.activity.mapping.ActivityView;
import io.switchboard.activity.repository.ActivityRepository;
import io.switchboard.rest.paging.Page;
import io.switchboard.rest.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Reads timelines: an organisation's stream, a person's timeline, one entry. */
@ApplicationScoped
public class TimelineService {

    private final ActivityRepository activities;

    public TimelineService(ActivityRepository activities) {
        this.activities = activities;
    }

    @WithSession
    public Uni<Page<ActivityView>> page(String orgId, ActivityQuery query) {
        return activities
                .page(orgId, query)
                .map(rows ->
                        Page.of(rows.stream().map(ActivityView::of).toList(), query.limit(), ActivityView::cursor));
    }

    @WithSession
    public Uni<ActivityView> get(String orgId, UUID id) {
        return activities
                .findById(id)
                .map(entity -> entity == null || entity.hidden || !entity.orgId.equals(orgId) ? null : entity)
                .onItem()
                .ifNull()
                .failWith(() -> ProblemException.notFound("Activity " + id + " was not found."))
                .map(ActivityView::of);
    }
}
