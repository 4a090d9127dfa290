package io.switchboard.connection.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.switchboard.connection.service.ConnectService;
import io.switchboard.security.Caller;
import io.switchboard.security.OrgGuard;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.jboss.resteasy.reactive.RestResponse;

/** Starts connecting an organisation to a Zoom account (OAuth with state and PKCE). */
@Path("/orgs/{org}/connections/zoom")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ConnectResource {

    private final OrgGuard guard;
    private final ConnectService connect;

    public ConnectResource(OrgGuard guard, ConnectService connect) {
        this.guard = guard;
        this.connect = connect;
    }

    @POST
    public Uni<RestResponse<Map<String, String>>> connect(@PathParam("org") String org) {
        Caller caller = guard.writable(org);
        return connect.start(org, caller.subject())
                .map(started -> RestResponse.status(
                        RestResponse.Status.CREATED,
                        Map.of(
                                "connectionId", started.connectionId().toString(),
                                "authorizeUrl", started.authorizeUrl())));
    }
}
