package io.switchboard.activity.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.switchboard.activity.mapping.Freshness;
import io.switchboard.activity.mapping.Summary;
import io.switchboard.activity.service.ReadingService;
import io.switchboard.security.OrgGuard;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A person's weekly summary, and how current a connection's activity is. */
@Path("/orgs/{org}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ReadingResource {

    private final OrgGuard guard;
    private final ReadingService reading;

    public ReadingResource(OrgGuard guard, ReadingService reading) {
        this.guard = guard;
        this.reading = reading;
    }

    /** Per ISO week: meetings and webinars hosted and attended, minutes in them, calls, distinct collaborators. */
    @GET
    @Path("/profiles/{profileId}/summary")
    @Operation(summary = "A person's weekly summaries over [from, to)")
    public Uni<Summary> summary(
            @PathParam("org") String org,
            @PathParam("profileId") String profileId,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        PersonAccess.requireSelfOrEveryone(guard.readable(org), org, profileId);
        return reading.summary(org, profileId, from, to);
    }

    /** When the connection's Zoom events last arrived, so that no data is told apart from no activity. */
    @GET
    @Path("/connections/{connectionId}/freshness")
    @Operation(summary = "When the connection's Zoom events and reconciliations last arrived")
    public Uni<Freshness> freshness(@PathParam("org") String org, @PathParam("connectionId") UUID connectionId) {
        guard.readable(org);
        return reading.freshness(org, connectionId);
    }
}
