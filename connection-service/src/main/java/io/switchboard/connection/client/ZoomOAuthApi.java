package io.switchboard.connection.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;

/** Zoom's OAuth endpoints, with HTTP Basic client authentication. */
@Path("/oauth")
public interface ZoomOAuthApi {

    @POST
    @Path("/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    Uni<TokenResponse> token(@HeaderParam("Authorization") String basic, Form form);

    /** RFC 7009 revocation: the token travels in the form body, never in the URL (which proxies and logs keep). */
    @POST
    @Path("/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    Uni<Void> revoke(@HeaderParam("Authorization") String basic, Form form);
}
