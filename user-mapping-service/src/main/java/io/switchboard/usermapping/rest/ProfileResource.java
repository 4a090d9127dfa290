package io.switchboard.usermapping.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.switchboard.domain.DomainException;
import io.switchboard.rest.paging.Cursor;
import io.switchboard.rest.paging.Page;
import io.switchboard.security.OrgGuard;
import io.switchboard.usermapping.mapping.ProfileRequest;
import io.switchboard.usermapping.mapping.ProfileView;
import io.switchboard.usermapping.service.ProfileService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.jboss.resteasy.reactive.RestResponse;

/** The organisation's people, as the internal platform pushes them. */
@Path("/orgs/{org}/profiles")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ProfileResource {

    private final OrgGuard guard;
    private final ProfileService profiles;

    public ProfileResource(OrgGuard guard, ProfileService profiles) {
        this.guard = guard;
        this.profiles = profiles;
    }

    /** A page of profiles by id; {@code q} searches id, email and name. */
    @GET
    @Operation(summary = "A page of the organisation's profiles by id")
    public Uni<Page<ProfileView>> list(
            @PathParam("org") String org,
            @Parameter(description = "Part of an id, an email or a name", example = "grace") @QueryParam("q") String q,
            @Parameter(description = "Page size, 1 to 500", example = "100") @QueryParam("limit") String limit,
            @Parameter(description = "The nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        guard.readable(org);
        int size = Cursor.limit(limit, 100, 500);
        String after = cursor == null || cursor.isBlank()
                ? null
                : Cursor.decode(cursor, 1).get(0);
        return profiles.page(org, q == null || q.isBlank() ? null : q.trim(), after, size + 1)
                .map(rows -> Page.of(rows, size, profile -> Cursor.encode(profile.profileId())));
    }

    @PUT
    @Path("/{profileId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Creates or replaces a profile; its Zoom users are matched again (owner, executive, admin)")
    @APIResponseSchema(value = ProfileView.class, responseCode = "200", responseDescription = "Replaced")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProfileView.class)))
    public Uni<RestResponse<ProfileView>> upsert(
            @PathParam("org") String org, @PathParam("profileId") String profileId, ProfileRequest request) {
        guard.writable(org);
        if (request == null) {
            throw DomainException.invalid("A JSON body {email, displayName, alternateEmails[]} is required.");
        }
        return profiles.upsert(org, profileId, request)
                .map(result -> result.created()
                        ? RestResponse.status(RestResponse.Status.CREATED, result.profile())
                        : RestResponse.ok(result.profile()));
    }

    @GET
    @Path("/{profileId}")
    @Operation(summary = "One profile")
    public Uni<ProfileView> get(@PathParam("org") String org, @PathParam("profileId") String profileId) {
        guard.readable(org);
        return profiles.get(org, profileId);
    }

    /** Deletes the profile; its mappings end. */
    @DELETE
    @Path("/{profileId}")
    @Operation(summary = "Deletes the profile; its mappings end (owner, executive, admin)")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Uni<RestResponse<Void>> delete(@PathParam("org") String org, @PathParam("profileId") String profileId) {
        guard.writable(org);
        return profiles.delete(org, profileId).map(existed -> {
            if (!existed) {
                throw DomainException.notFound("Profile " + profileId + " was not found.");
            }
            return RestResponse.noContent();
        });
    }
}
