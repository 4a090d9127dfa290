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
    public Uni<Page<AuditEntry>> audit(
            @PathParam("org") String org,
            @PathParam("connectionId") UUID connectionId,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        guard.writable(org);
        return actions.audit(org, connectionId, AuditQuery.parse(limit, cursor));
    }
}
