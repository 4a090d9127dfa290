package io.switchboard.activity.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.switchboard.activity.mapping.ActivitySettings;
import io.switchboard.activity.service.SettingsService;
import io.switchboard.security.Caller;
import io.switchboard.security.OrgGuard;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The organisation's activity settings: whether meeting topics are stored. Changes need owner, executive or admin. */
@Path("/orgs/{org}/activity-settings")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class SettingsResource {

    private final OrgGuard guard;
    private final SettingsService settings;

    public SettingsResource(OrgGuard guard, SettingsService settings) {
        this.guard = guard;
        this.settings = settings;
    }

    @GET
    @Operation(summary = "The organisation's activity settings")
    public Uni<ActivitySettings> get(@PathParam("org") String org) {
        guard.readable(org);
        return settings.get(org);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Changes the activity settings (owner, executive, admin)")
    public Uni<ActivitySettings> put(@PathParam("org") String org, ActivitySettings requested) {
        Caller caller = guard.writable(org);
        return settings.put(org, requested, caller.subject());
    }
}
