package io.switchboard.license.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.switchboard.license.mapping.HistoryRange;
import io.switchboard.license.mapping.LicenseHistory;
import io.switchboard.license.mapping.LicenseSummary;
import io.switchboard.license.mapping.UnusedPaging;
import io.switchboard.license.mapping.UnusedQuery;
import io.switchboard.license.mapping.UnusedReport;
import io.switchboard.license.service.LicenseService;
import io.switchboard.license.service.UnusedLicenceService;
import io.switchboard.security.OrgGuard;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/** A connection's licences: seat usage now and day by day, the unused licences, and a plan sync on demand. */
@Path("/orgs/{org}/connections/{connectionId}/licenses")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class LicenseResource {

    private final OrgGuard guard;
    private final LicenseService licences;
    private final UnusedLicenceService unused;

    public LicenseResource(OrgGuard guard, LicenseService licences, UnusedLicenceService unused) {
        this.guard = guard;
        this.licences = licences;
        this.unused = unused;
    }

    @GET
    @Path("summary")
    @Operation(summary = "Seats total, assigned and available, and the users by licence type and status")
    public Uni<LicenseSummary> summary(@PathParam("org") String org, @PathParam("connectionId") UUID connectionId) {
        guard.readable(org);
        return licences.summary(org, connectionId);
    }

    @GET
    @Path("history")
    @Operation(summary = "The plan's seat usage day by day over [from, to] (ISO dates)")
    public Uni<LicenseHistory> history(
            @PathParam("org") String org,
            @PathParam("connectionId") UUID connectionId,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        guard.readable(org);
        return licences.history(org, connectionId, HistoryRange.parse(from, to, LocalDate.now(ZoneOffset.UTC)));
    }

    @GET
    @Path("unused")
    @Operation(summary = "Licensed users without activity for inactiveDays, and what reclaiming them would free")
    public Uni<UnusedReport> unused(
            @PathParam("org") String org,
            @PathParam("connectionId") UUID connectionId,
            @QueryParam("inactiveDays") String inactiveDays,
            @QueryParam("basis") String basis,
            @QueryParam("includeAdmins") String includeAdmins,
            @Parameter(description = "Page size, at most 1000", example = "200") @QueryParam("limit") String limit,
            @Parameter(description = "The nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        guard.readable(org);
        return unused.report(
                org,
                connectionId,
                UnusedQuery.parse(inactiveDays, basis, includeAdmins),
                UnusedPaging.parse(limit, cursor));
    }

    /** Syncs the plan's seat usage from Zoom now (owner, executive, admin) and answers the fresh summary. */
    @POST
    @Path("sync")
    @Operation(
            summary =
                    "Syncs the plan's seat usage from Zoom now and answers the fresh summary (owner, executive, admin)")
    @APIResponseSchema(value = LicenseSummary.class, responseCode = "200", responseDescription = "Synced")
    @APIResponse(responseCode = "502", description = "Zoom refused the request (zoom-refused)")
    @APIResponse(
            responseCode = "503",
            description = "Zoom is unavailable or rate-limits the account; retry later (zoom-unavailable)")
    public Uni<LicenseSummary> sync(@PathParam("org") String org, @PathParam("connectionId") UUID connectionId) {
        guard.writable(org);
        return licences.syncNow(org, connectionId);
    }
}
