package io.switchboard.zoom.quarkus;

import io.switchboard.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * connection-service's access-token endpoint as the test app plays it: only a caller with a verified {@code service}
 * token gets through (smallrye-jwt checks it against the identity provider's JWKS, issuer and audience).
 */
@Path("/internal/connections/{id}/access-token")
public class FakeConnectionService {

    /** The bearer tokens of the requests that got through, in order. */
    static final List<String> BEARERS = new CopyOnWriteArrayList<>();

    /** The answer body. */
    public record Answer(String accessToken, Instant expiresAt, String zoomAccountId) {}

    @POST
    @RolesAllowed(Roles.SERVICE)
    public Answer token(@PathParam("id") String id, @HeaderParam("Authorization") String authorization) {
        BEARERS.add(authorization.substring("Bearer ".length()));
        return new Answer("zoom-token-" + id, Instant.now().plusSeconds(3600), "acc-" + id);
    }
}
