package io.switchboard.connection.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.switchboard.connection.service.AccessToken;
import io.switchboard.connection.service.TokenRefresher;
import io.switchboard.security.OrgGuard;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/**
 * Hands a valid Zoom access token to another Switchboard service (role {@code service}). While Zoom refuses refreshes
 * for now, the answer is 503 with {@code Retry-After}; after a dead grant, 409 {@code reauth-required}.
 */
@Path("/internal/connections/{id}/access-token")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class AccessTokenResource {

    private final OrgGuard guard;
    private final TokenRefresher tokens;

    public AccessTokenResource(OrgGuard guard, TokenRefresher tokens) {
        this.guard = guard;
        this.tokens = tokens;
    }

    @POST
    @Operation(summary = "A valid Zoom access token of the connection, for a Switchboard service (role service)")
    @APIResponseSchema(value = AccessToken.class, responseCode = "200", responseDescription = "Valid for a while")
    @APIResponse(responseCode = "409", description = "The grant is dead; an admin must reconnect (reauth-required)")
    @APIResponse(
            responseCode = "503",
            description = "Zoom refuses refreshes for now, or another replica refreshes; retry after Retry-After"
                    + " (zoom-unavailable)")
    public Uni<AccessToken> accessToken(@PathParam("id") UUID id) {
        guard.service();
        return tokens.accessToken(id);
    }
}
