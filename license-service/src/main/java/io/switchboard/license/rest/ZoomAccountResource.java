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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

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
    @Operation(summary = "The connection's Zoom users with their licence fields, by email")
    public Uni<Page<ZoomAccountView>> list(
            @PathParam("org") String org,
            @PathParam("connectionId") UUID connectionId,
            @Parameter(description = "active, inactive or pending", example = "active") @QueryParam("status")
                    String status,
            @Parameter(description = "Licence type: 1, 2, 4 or 99", example = "2") @QueryParam("type") String type,
            @Parameter(description = "Zoom role id", example = "2") @QueryParam("role") String role,
            @Parameter(description = "Part of an email or a name", example = "grace") @QueryParam("q") String q,
            @Parameter(description = "Page size", example = "100") @QueryParam("limit") String limit,
            @Parameter(description = "The nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        guard.readable(org);
        return accounts.page(org, connectionId, ZoomAccountQuery.parse(status, type, role, q, limit, cursor));
    }
}
