package io.switchboard.usermapping.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.switchboard.rest.problem.ProblemException;
import io.switchboard.security.OrgGuard;
import io.switchboard.usermapping.mapping.ProfileRequest;
import io.switchboard.usermapping.mapping.ProfileView;
import io.switchboard.usermapping.service.ProfileService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;

/** The organisation's people, as the internal platform pushes them. */
@Path("/orgs/{org}/profiles/{profileId}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ProfileResource {

    private final OrgGuard guard;
    private final ProfileService profiles;

    public ProfileResource(OrgGuard guard, ProfileService profiles) {
        this.guard = guard;
        this.profiles = profiles;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<RestResponse<ProfileView>> upsert(
            @PathParam("org") String org, @PathParam("profileId") String profileId, ProfileRequest request) {
        guard.writable(org);
        if (request == null) {
            throw ProblemException.badRequest("A JSON body {email, displayName, alternateEmails[]} is required.");
        }
        return profiles.upsert(org, profileId, request)
                .map(result -> result.created()
                        ? RestResponse.status(RestResponse.Status.CREATED, result.profile())
                        : RestResponse.ok(result.profile()));
    }

    @GET
    public Uni<ProfileView> get(@PathParam("org") String org, @PathParam("profileId") String profileId) {
        guard.readable(org);
        return profiles.get(org, profileId);
    }
}
