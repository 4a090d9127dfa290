package io.switchboard.connection.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.switchboard.connection.mapping.ConnectionView;
import io.switchboard.connection.service.ConnectionQueryService;
import io.switchboard.security.OrgGuard;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;

/** The organisation's Zoom connections. */
@Path("/orgs/{org}/connections")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ConnectionResource {

    private final OrgGuard guard;
    private final ConnectionQueryService queries;

    public ConnectionResource(OrgGuard guard, ConnectionQueryService queries) {
        this.guard = guard;
        this.queries = queries;
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
}
