package io.switchboard.connection.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The Zoom REST API v2 call this service makes itself: who the token belongs to. */
public interface ZoomUsersApi {

    @GET
    @Path("/users/me")
    @Produces(MediaType.APPLICATION_JSON)
    Uni<ZoomMe> me(@HeaderParam("Authorization") String bearer);
}
