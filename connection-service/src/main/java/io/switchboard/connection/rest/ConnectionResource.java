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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
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
    @Operation(summary = "The organisation's connections, removed ones included")
    public Uni<List<ConnectionView>> list(@PathParam("org") String org) {
        guard.readable(org);
        return queries.list(org);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One connection: status, Zoom account, scopes, last refresh and error")
    public Uni<ConnectionView> get(@PathParam("org") String org, @PathParam("id") UUID id) {
        guard.readable(org);
        return queries.get(org, id);
    }

    /** Asks every service to re-read this connection's data from Zoom (emits connection.sync_requested). */
    @POST
    @Path("/{id}/sync")
    @Operation(summary = "Asks every service to re-read the connection from Zoom (owner, executive, admin)")
    @APIResponseSchema(
            value = SyncRequested.class,
            responseCode = "202",
            responseDescription = "connection.sync_requested is committed")
    @APIResponse(responseCode = "409", description = "Only an active connection can sync (connection-not-active)")
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
    @Operation(summary = "Completes an OAuth connection after Zoom's callback (the user who started it)")
    @APIResponseSchema(value = ConnectionView.class, responseCode = "200", responseDescription = "Active now")
    @APIResponse(responseCode = "409", description = "The connection was removed meanwhile (connection-not-pending)")
    @APIResponse(responseCode = "503", description = "Zoom could not be reached; try again shortly (zoom-unavailable)")
    public Uni<ConnectionView> confirm(
            @PathParam("org") String org, @PathParam("id") UUID id, Confirmation confirmation) {
        Caller caller = guard.writable(org);
        return callback.confirm(org, id, caller.subject(), confirmation == null ? null : confirmation.confirmation())
                .flatMap(connectionId -> queries.get(org, connectionId));
    }

    /** Revokes the connection at Zoom, erases its tokens and marks it removed (emits connection.removed). */
    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revokes the connection at Zoom, erases its tokens, emits connection.removed")
    @APIResponse(responseCode = "204", description = "Removed")
    public Uni<RestResponse<Void>> remove(@PathParam("org") String org, @PathParam("id") UUID id) {
        guard.writable(org);
        return removals.remove(org, id).replaceWith(RestResponse.noContent());
    }
}
