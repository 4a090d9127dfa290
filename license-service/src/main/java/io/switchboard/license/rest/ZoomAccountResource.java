package io.switchboard.license.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.switchboard.license.mapping.ZoomAccountQuery;
import io.switchboard.license.mapping.ZoomAccountView;
import io.switchboard.license.service.ZoomAccountService;
import io.switchboard.rest.paging.Page;
import io.switchboard.security.OrgGuard;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/** Zoom users of a connection with their licences. */
@Path("/orgs/{org}/connections/{connectionId}/zoom-accounts")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ZoomAccountResource {

    private final OrgGuard guard;
    private final ZoomAccountService accounts;

    public ZoomAccountResource(OrgGuard guard, ZoomAccountService accounts) {
        this.guard = guard;
        this.accounts = accounts;
    }

    @GET
    public Uni<Page<ZoomAccountView>> list(
            @PathParam("org") String org,
            @PathParam("connectionId") UUID connectionId,
            @QueryParam("status") String status,
            @QueryParam("type") String type,
            @QueryParam("role") String role,
            @QueryParam("q") String q,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        guard.readable(org);
        return accounts.page(org, connectionId, ZoomAccountQuery.parse(status, type, role, q, limit, cursor));
    }
}
