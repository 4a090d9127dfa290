package io.switchboard.activity.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.switchboard.activity.mapping.ActivityDetail;
import io.switchboard.activity.mapping.ActivityView;
import io.switchboard.activity.service.TimelineService;
import io.switchboard.rest.paging.Page;
import io.switchboard.security.Caller;
import io.switchboard.security.OrgGuard;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

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
    @Operation(summary = "The organisation's activity stream, newest first (owner, executive, admin)")
    public Uni<Page<ActivityView>> stream(@PathParam("org") String org, @BeanParam TimelineParams params) {
        PersonAccess.requireEveryone(guard.readable(org), org);
        return timelines.page(org, params.query(null));
    }

    @GET
    @Path("/profiles/{profileId}/timeline")
    @Operation(summary = "A person's timeline, newest first (a member reads their own only)")
    public Uni<Page<ActivityView>> timeline(
            @PathParam("org") String org, @PathParam("profileId") String profileId, @BeanParam TimelineParams params) {
        PersonAccess.requireSelfOrEveryone(guard.readable(org), org, profileId);
        return timelines.page(org, params.query(profileId));
    }

    @GET
    @Path("/activities/{activityId}")
    @Operation(summary = "One timeline entry with its participants, durations and call result")
    public Uni<ActivityDetail> get(@PathParam("org") String org, @PathParam("activityId") UUID activityId) {
        Caller caller = guard.readable(org);
        String onlyOf = PersonAccess.everyone(caller, org) ? null : caller.subject();
        return timelines.detail(org, activityId, onlyOf);
    }
}
