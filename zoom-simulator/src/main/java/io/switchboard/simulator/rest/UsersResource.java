package io.switchboard.simulator.rest;

import io.switchboard.simulator.service.Grant;
import io.switchboard.simulator.service.OAuthServer;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.RestResponse;

/** Zoom REST API v2: the user the access token belongs to. Bearer tokens are checked; errors are {code, message}. */
@Path("/v2/users")
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

    private final OAuthServer oauth;

    public UsersResource(OAuthServer oauth) {
        this.oauth = oauth;
    }

    @GET
    @Path("/me")
    public RestResponse<Map<String, Object>> me(@HeaderParam("Authorization") String authorization) {
        Grant grant = authorization != null && authorization.startsWith("Bearer ")
                ? oauth.bearer(authorization.substring(7).trim())
                : null;
        if (grant == null) {
            return RestResponse.ResponseBuilder.<Map<String, Object>>create(401)
                    .entity(Map.of("code", 124, "message", "Invalid access token."))
                    .build();
        }
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("id", grant.userId());
        user.put("account_id", grant.accountId());
        user.put("email", "owner@" + grant.accountId().toLowerCase(java.util.Locale.ROOT) + ".example");
        user.put("first_name", "Account");
        user.put("last_name", "Owner");
        user.put("type", 2);
        user.put("role_name", "Owner");
        user.put("status", "active");
        return RestResponse.ok(user);
    }
}
