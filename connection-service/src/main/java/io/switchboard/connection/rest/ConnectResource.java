package io.switchboard.connection.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.switchboard.connection.mapping.ConnectStarted;
import io.switchboard.connection.mapping.ConnectionCreated;
import io.switchboard.connection.service.ConnectService;
import io.switchboard.connection.service.ServerToServerService;
import io.switchboard.domain.DomainException;
import io.switchboard.security.Caller;
import io.switchboard.security.OrgGuard;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.jboss.resteasy.reactive.RestResponse;

/** Starts connecting an organisation to a Zoom account (OAuth with state and PKCE). */
@Path("/orgs/{org}/connections/zoom")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ConnectResource {

    private final OrgGuard guard;
    private final ConnectService connect;
    private final ServerToServerService serverToServer;

    public ConnectResource(OrgGuard guard, ConnectService connect, ServerToServerService serverToServer) {
        this.guard = guard;
        this.connect = connect;
        this.serverToServer = serverToServer;
    }

    @POST
    @Operation(summary = "Starts connecting a Zoom account by OAuth (owner, executive, admin)")
    @APIResponseSchema(
            value = ConnectStarted.class,
            responseCode = "201",
            responseDescription = "A pending connection: send the admin's browser to authorizeUrl")
    @APIResponse(responseCode = "503", description = "No Zoom OAuth app is configured (zoom-app-not-configured)")
    public Uni<RestResponse<ConnectStarted>> connect(@PathParam("org") String org) {
        Caller caller = guard.writable(org);
        return connect.start(org, caller.subject())
                .map(started -> RestResponse.status(
                        RestResponse.Status.CREATED,
                        new ConnectStarted(started.connectionId(), started.authorizeUrl())));
    }

    /** Connects a Server-to-Server app; the credentials are checked with Zoom first. */
    @POST
    @Path("/server-to-server")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Connects a Server-to-Server app, its credentials checked with Zoom first (owner, executive, admin)")
    @APIResponseSchema(value = ConnectionCreated.class, responseCode = "201", responseDescription = "Active now")
    @APIResponse(
            responseCode = "409",
            description = "The account was connected at the same moment (connected-concurrently)")
    @APIResponse(responseCode = "422", description = "Zoom grants no token for them (zoom-credentials-refused)")
    @APIResponse(responseCode = "502", description = "Zoom refused the request (zoom-refused)")
    @APIResponse(responseCode = "503", description = "Zoom could not be reached; try again shortly (zoom-unavailable)")
    public Uni<RestResponse<ConnectionCreated>> serverToServer(
            @PathParam("org") String org, ServerToServerService.Credentials credentials) {
        guard.writable(org);
        if (credentials == null) {
            throw DomainException.invalid("A JSON body {accountId, clientId, clientSecret} is required.");
        }
        return serverToServer
                .connect(org, credentials)
                .map(id -> RestResponse.status(RestResponse.Status.CREATED, new ConnectionCreated(id)));
    }
}
