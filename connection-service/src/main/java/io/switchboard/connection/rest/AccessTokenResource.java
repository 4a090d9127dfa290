package io.switchboard.connection.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.switchboard.connection.service.TokenRefresher;
import io.switchboard.security.OrgGuard;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;

/** Hands a valid Zoom access token to another Switchboard service (role {@code service}). */
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
    public Uni<TokenRefresher.AccessToken> accessToken(@PathParam("id") UUID id) {
        guard.service();
        return tokens.current(id)
                .flatMap(fresh -> fresh != null
                        ? Uni.createFrom().item(fresh)
                        : tokens.refreshLocked(id).map(TokenRefresher.Outcome::tokenOrThrow));
    }
}
