package io.switchboard.activity.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.switchboard.activity.mapping.ActivityView;
import io.switchboard.activity.service.TimelineService;
import io.switchboard.rest.paging.Page;
import io.switchboard.security.OrgGuard;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/** Timelines: the organisation's activity stream, one person's timeline, one entry in detail. */
@Path("/orgs/{org}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ActivityResource {

    private final OrgGuard guard;
    private final TimelineService timelines;

    public ActivityResource(OrgGuard guard, TimelineService timelines) {
        this.guard = guard;
        this.timelines = timelines;
    }

    @GET
    @Path("/activities")
    public Uni<Page<ActivityView>> stream(@PathParam("org") String org, @BeanParam TimelineParams params) {
        guard.readable(org);
        return timelines.page(org, params.query(null));
    }

    @GET
    @Path("/profiles/{profileId}/timeline")
    public Uni<Page<ActivityView>> timeline(
            @PathParam("org") String org, @PathParam("profileId") String profileId, @BeanParam TimelineParams params) {
        guard.readable(org);
        return timelines.page(org, params.query(profileId));
    }

    @GET
    @Path("/activities/{activityId}")
    public Uni<ActivityView> get(@PathParam("org") String org, @PathParam("activityId") UUID activityId) {
        guard.readable(org);
        return timelines.get(org, activityId);
    }
}
