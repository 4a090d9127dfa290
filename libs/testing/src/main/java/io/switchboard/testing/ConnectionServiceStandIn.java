package io.switchboard.testing;

import io.switchboard.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * connection-service's access-token endpoint as a service's test app plays it (with {@link
 * ConnectionServiceOnTestPortResource}): only a verified {@code service} token gets through, and the token is a real
 * one of the simulated Zoom account the test bound to the connection ({@link #bind}). A module opts in by indexing
 * this library in its test profile: {@code %test.quarkus.index-dependency.testing.group-id=io.switchboard} and
 * {@code %test.quarkus.index-dependency.testing.artifact-id=switchboard-testing}. Hidden from the service's OpenAPI
 * document, which in tests is the one the service serves in production.
 */
@Path("/internal/connections/{id}/access-token")
public class ConnectionServiceStandIn {

    private static final Map<UUID, String> ACCOUNTS = new ConcurrentHashMap<>();

    /** The answer body, as connection-service sends it. */
    public record Answer(String accessToken, Instant expiresAt, String zoomAccountId) {}

    /** From now on, the connection's tokens are the simulated account's. */
    public static void bind(UUID connectionId, String zoomAccountId) {
        ACCOUNTS.put(connectionId, zoomAccountId);
    }

    /** The account bound to the connection, or null. */
    public static String accountOf(UUID connectionId) {
        return ACCOUNTS.get(connectionId);
    }

    @POST
    @RolesAllowed(Roles.SERVICE)
    @Operation(hidden = true)
    @Produces(MediaType.APPLICATION_JSON)
    public Answer token(@PathParam("id") UUID id) {
        String account = ACCOUNTS.get(id);
        if (account == null) {
            throw new NotFoundException();
        }
        return new Answer(SimulatorControl.token(account), Instant.now().plusSeconds(600), account);
    }
}
