package io.switchboard.license.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.switchboard.license.mapping.HistoryRange;
import io.switchboard.license.mapping.LicenseHistory;
import io.switchboard.license.mapping.LicenseSummary;
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
    public Uni<LicenseSummary> summary(@PathParam("org") String org, @PathParam("connectionId") UUID connectionId) {
        guard.readable(org);
        return licences.summary(org, connectionId);
    }

    @GET
    @Path("history")
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
    public Uni<UnusedReport> unused(
            @PathParam("org") String org,
            @PathParam("connectionId") UUID connectionId,
            @QueryParam("inactiveDays") String inactiveDays,
            @QueryParam("basis") String basis,
            @QueryParam("includeAdmins") String includeAdmins) {
        guard.readable(org);
        return unused.report(org, connectionId, UnusedQuery.parse(inactiveDays, basis, includeAdmins));
    }

    /** Syncs the plan's seat usage from Zoom now (owner, executive, admin) and answers the fresh summary. */
    @POST
    @Path("sync")
    public Uni<LicenseSummary> sync(@PathParam("org") String org, @PathParam("connectionId") UUID connectionId) {
        guard.writable(org);
        return licences.syncNow(org, connectionId);
    }
}
