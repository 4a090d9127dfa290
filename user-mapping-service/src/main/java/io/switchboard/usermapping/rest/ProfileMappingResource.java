package io.switchboard.usermapping.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.switchboard.domain.DomainException;
import io.switchboard.security.Caller;
import io.switchboard.security.OrgGuard;
import io.switchboard.usermapping.mapping.ManualMappingRequest;
import io.switchboard.usermapping.mapping.ZoomSwitchRequest;
import io.switchboard.usermapping.service.MappingAdmin;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;

/** An admin's mapping of a person to a Zoom user, and the person's Zoom switch (owner, executive, admin). */
@Path("/orgs/{org}/profiles/{profileId}")
@Authenticated
public class ProfileMappingResource {

    private final OrgGuard guard;
    private final MappingAdmin admin;

    public ProfileMappingResource(OrgGuard guard, MappingAdmin admin) {
        this.guard = guard;
        this.admin = admin;
    }

    @PUT
    @Path("/zoom-mapping")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Maps the person to a Zoom user by hand, replacing an automatic match")
    @APIResponse(responseCode = "204", description = "Mapped; switchboard.mappings carries it")
    public Uni<RestResponse<Void>> map(
            @PathParam("org") String org, @PathParam("profileId") String profileId, ManualMappingRequest request) {
        Caller caller = guard.writable(org);
        ManualMappingRequest body = required(request);
        return admin.map(org, profileId, body.checkedConnection(), body.zoomUserId(), caller.subject())
                .replaceWith(RestResponse.noContent());
    }

    @DELETE
    @Path("/zoom-mapping")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ends the person's mapping to the Zoom user")
    @APIResponse(responseCode = "204", description = "Unmapped; switchboard.mappings carries the tombstone")
    public Uni<RestResponse<Void>> unmap(
            @PathParam("org") String org, @PathParam("profileId") String profileId, ManualMappingRequest request) {
        Caller caller = guard.writable(org);
        ManualMappingRequest body = required(request);
        return admin.unmap(org, profileId, body.checkedConnection(), body.zoomUserId(), caller.subject())
                .replaceWith(RestResponse.noContent());
    }

    @PUT
    @Path("/services/zoom")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Turns Zoom on or off for the person (off hides their activity)")
    @APIResponse(responseCode = "204", description = "Switched")
    public Uni<RestResponse<Void>> switchZoom(
            @PathParam("org") String org, @PathParam("profileId") String profileId, ZoomSwitchRequest request) {
        Caller caller = guard.writable(org);
        if (request == null || request.enabled() == null) {
            throw DomainException.invalid("A JSON body {\"enabled\": true|false} is required.");
        }
        return admin.switchZoom(org, profileId, request.enabled(), caller.subject())
                .replaceWith(RestResponse.noContent());
    }

    private static ManualMappingRequest required(ManualMappingRequest request) {
        if (request == null) {
            throw DomainException.invalid("A JSON body {connectionId, zoomUserId} is required.");
        }
        return request;
    }
}
