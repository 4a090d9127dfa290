package io.switchboard.usermapping.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.switchboard.rest.paging.Page;
import io.switchboard.security.OrgGuard;
import io.switchboard.usermapping.mapping.ImportView;
import io.switchboard.usermapping.mapping.MatchReport;
import io.switchboard.usermapping.mapping.ZoomUserParams;
import io.switchboard.usermapping.mapping.ZoomUserView;
import io.switchboard.usermapping.service.DirectoryReads;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A connection's Zoom users, how they map, and its imports. */
@Path("/orgs/{org}/connections/{connectionId}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ConnectionDirectoryResource {

    private final OrgGuard guard;
    private final DirectoryReads reads;

    public ConnectionDirectoryResource(OrgGuard guard, DirectoryReads reads) {
        this.guard = guard;
        this.reads = reads;
    }

    /** The integration's Users tab: every Zoom user with its profile or the reason it has none. */
    @GET
    @Path("/zoom-users")
    @Operation(summary = "The connection's Zoom users, each with its profile or the reason it has none")
    public Uni<Page<ZoomUserView>> users(
            @PathParam("org") String org,
            @PathParam("connectionId") UUID connectionId,
            @BeanParam ZoomUserParams params) {
        guard.readable(org);
        return reads.users(org, connectionId, params.filter());
    }

    /** Match rate, unmatched counts by reason, and the users behind each reason. */
    @GET
    @Path("/match-report")
    @Operation(summary = "Match rate, unmatched counts by reason, and the first users behind each reason")
    public Uni<MatchReport> report(@PathParam("org") String org, @PathParam("connectionId") UUID connectionId) {
        guard.readable(org);
        return reads.report(org, connectionId);
    }

    /** The latest import, also while it runs. */
    @GET
    @Path("/import")
    @Operation(summary = "The latest import of the connection's Zoom users, also while it runs")
    public Uni<ImportView> latestImport(@PathParam("org") String org, @PathParam("connectionId") UUID connectionId) {
        guard.readable(org);
        return reads.latestImport(org, connectionId);
    }

    /** The last runs, newest first. */
    @GET
    @Path("/import/history")
    @Operation(summary = "The last imports, newest first")
    public Uni<List<ImportView>> history(@PathParam("org") String org, @PathParam("connectionId") UUID connectionId) {
        guard.readable(org);
        return reads.importHistory(org, connectionId);
    }
}
