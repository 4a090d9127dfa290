package io.switchboard.connection.rest;

import io.smallrye.mutiny.Uni;
import io.switchboard.connection.service.OAuthCallbackService;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Where Zoom sends the browser back; authenticated by the single-use state, not by a JWT. It completes nothing by
 * itself: the browser goes on to the dashboard, whose signed-in user confirms ({@code POST .../confirm}).
 */
@Path("/oauth/zoom/callback")
@PermitAll
public class OAuthCallbackResource {

    private final OAuthCallbackService callback;

    public OAuthCallbackResource(OAuthCallbackService callback) {
        this.callback = callback;
    }

    @GET
    @Operation(summary = "Zoom's OAuth redirect: checks the single-use state, sends the browser on to the dashboard")
    @APIResponse(responseCode = "303", description = "To the dashboard, which confirms the connection")
    @APIResponse(responseCode = "400", description = "No code, or a state that is unknown, used or expired")
    public Uni<RestResponse<Void>> complete(@QueryParam("code") String code, @QueryParam("state") String state) {
        return callback.answer(code, state)
                .map(location -> RestResponse.ResponseBuilder.<Void>create(RestResponse.Status.SEE_OTHER)
                        .location(location)
                        .build());
    }
}
