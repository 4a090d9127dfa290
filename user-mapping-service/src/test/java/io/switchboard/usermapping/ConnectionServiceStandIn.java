package io.switchboard.usermapping;

import io.switchboard.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.UUID;

/**
 * connection-service's access-token endpoint as the test app plays it: only a verified {@code service} token gets
 * through, and the token is a real one of the simulated Zoom account the test connected ({@link Directories}).
 */
@Path("/internal/connections/{id}/access-token")
public class ConnectionServiceStandIn {

    /** The answer body, as connection-service sends it. */
    public record Answer(String accessToken, Instant expiresAt, String zoomAccountId) {}

    @POST
    @RolesAllowed(Roles.SERVICE)
    @Produces(MediaType.APPLICATION_JSON)
    public Answer token(@PathParam("id") UUID id) {
        String account = Directories.accountOf(id);
        if (account == null) {
            throw new NotFoundException();
        }
        return new Answer(SimulatedZoom.token(account), Instant.now().plusSeconds(600), account);
    }
}
