package io.switchboard.connection.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.switchboard.connection.mapping.Confirmation;
import io.switchboard.connection.mapping.ConnectionView;
import io.switchboard.connection.mapping.SyncRequested;
import io.switchboard.connection.service.ConnectionLifecycleService;
import io.switchboard.connection.service.ConnectionQueryService;
import io.switchboard.connection.service.OAuthCallbackService;
import io.switchboard.connection.service.RemovalService;
import io.switchboard.security.Caller;
import io.switchboard.security.OrgGuard;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;

/** The organisation's Zoom connections. */
@Path("/orgs/{org}/connections")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ConnectionResource {

    private final OrgGuard guard;
    private final ConnectionQueryService queries;
    private final ConnectionLifecycleService lifecycle;
    private final RemovalService removals;
    private final OAuthCallbackService callback;

    public ConnectionResource(
            OrgGuard guard,
            ConnectionQueryService queries,
            ConnectionLifecycleService lifecycle,
            RemovalService removals,
            OAuthCallbackService callback) {
        this.guard = guard;
        this.queries = queries;
        this.lifecycle = lifecycle;
        this.removals = removals;
        this.callback = callback;
    }

    @GET
    public Uni<List<ConnectionView>> list(@PathParam("org") String org) {
        guard.readable(org);
        return queries.list(org);
    }

    @GET
    @Path("/{id}")
    public Uni<ConnectionView> get(@PathParam("org") String org, @PathParam("id") UUID id) {
        guard.readable(org);
        return queries.get(org, id);
    }

    /** Asks every service to re-read this connection's data from Zoom (emits connection.sync_requested). */
    @POST
    @Path("/{id}/sync")
    public Uni<RestResponse<SyncRequested>> sync(@PathParam("org") String org, @PathParam("id") UUID id) {
        Caller caller = guard.writable(org);
        return lifecycle
                .requestSync(org, id, caller.subject())
                .map(eventId -> RestResponse.status(RestResponse.Status.ACCEPTED, new SyncRequested(eventId)));
    }

    /**
     * Completes an OAuth connection after Zoom's callback: only the user who started it, signed in, can confirm it,
     * with the confirmation from Zoom's redirect. Then the code is exchanged and the connection is active.
     */
    @POST
    @Path("/{id}/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<ConnectionView> confirm(
            @PathParam("org") String org, @PathParam("id") UUID id, Confirmation confirmation) {
        Caller caller = guard.writable(org);
        return callback.confirm(org, id, caller.subject(), confirmation == null ? null : confirmation.confirmation())
                .flatMap(connectionId -> queries.get(org, connectionId));
    }

    /** Revokes the connection at Zoom, erases its tokens and marks it removed (emits connection.removed). */
    @DELETE
    @Path("/{id}")
    public Uni<RestResponse<Void>> remove(@PathParam("org") String org, @PathParam("id") UUID id) {
        guard.writable(org);
        return removals.remove(org, id).replaceWith(RestResponse.noContent());
    }
}
