package io.switchboard.license.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.switchboard.license.mapping.AuditEntry;
import io.switchboard.license.mapping.AuditQuery;
import io.switchboard.license.service.LicenseActions;
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

/**
 * The audit of a connection's user actions, newest first, keyset-paged: for owners, executives and admins (it names
 * users and who acted on them).
 */
@Path("/orgs/{org}/connections/{connectionId}/licenses/audit")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final OrgGuard guard;
    private final LicenseActions actions;

    public AuditResource(OrgGuard guard, LicenseActions actions) {
        this.guard = guard;
        this.actions = actions;
    }

    @GET
    @Operation(summary = "The audit of the connection's user actions, newest first (owner, executive, admin)")
    public Uni<Page<AuditEntry>> audit(
            @PathParam("org") String org,
            @PathParam("connectionId") UUID connectionId,
            @Parameter(description = "Page size, 1 to 200", example = "50") @QueryParam("limit") String limit,
            @Parameter(description = "The nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        guard.writable(org);
        return actions.audit(org, connectionId, AuditQuery.parse(limit, cursor));
    }
}
