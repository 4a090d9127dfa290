package io.switchboard.connection.rest;

import io.smallrye.mutiny.Uni;
import io.switchboard.connection.service.OAuthCallbackService;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
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
    public Uni<RestResponse<Void>> complete(@QueryParam("code") String code, @QueryParam("state") String state) {
        return callback.answer(code, state)
                .map(location -> RestResponse.ResponseBuilder.<Void>create(RestResponse.Status.SEE_OTHER)
                        .location(location)
                        .build());
    }
}
