package io.switchboard.simulator.rest;

import io.switchboard.simulator.service.OAuthError;
import io.switchboard.simulator.service.OAuthServer;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriBuilder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Zoom's OAuth endpoints: authorize (approves at once), token (three grants), revoke. */
@Path("/oauth")
public class OAuthResource {

    private final OAuthServer oauth;

    public OAuthResource(OAuthServer oauth) {
        this.oauth = oauth;
    }

    /** Approves at once and redirects back with code and state, so a plain HTTP client completes the flow. */
    @GET
    @Path("/authorize")
    public RestResponse<Void> authorize(
            @QueryParam("response_type") String responseType,
            @QueryParam("client_id") String clientId,
            @QueryParam("redirect_uri") String redirectUri,
            @QueryParam("state") String state,
            @QueryParam("code_challenge") String codeChallenge,
            @QueryParam("code_challenge_method") String codeChallengeMethod) {
        if (!"code".equals(responseType)) {
            throw OAuthError.invalidRequest("response_type must be code");
        }
        String code = oauth.authorize(clientId, redirectUri, codeChallenge, codeChallengeMethod);
        UriBuilder target = UriBuilder.fromUri(redirectUri).queryParam("code", code);
        if (state != null) {
            target.queryParam("state", state);
        }
        return RestResponse.ResponseBuilder.<Void>create(RestResponse.Status.FOUND)
                .location(target.build())
                .build();
    }

    @POST
    @Path("/token")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> token(
            @HeaderParam("Authorization") String authorization,
            @FormParam("grant_type") String grantType,
            @FormParam("code") String code,
            @FormParam("redirect_uri") String redirectUri,
            @FormParam("code_verifier") String codeVerifier,
            @FormParam("refresh_token") String refreshToken,
            @FormParam("account_id") String accountId,
            @QueryParam("grant_type") String grantTypeQuery,
            @QueryParam("account_id") String accountIdQuery) {
        String[] client = basic(authorization);
        String grant = grantType != null ? grantType : grantTypeQuery;
        OAuthServer.Issued issued = switch (grant == null ? "" : grant) {
            case "authorization_code" -> oauth.exchange(client[0], client[1], code, redirectUri, codeVerifier);
            case "refresh_token" -> oauth.refresh(client[0], client[1], refreshToken);
            case "account_credentials" ->
                oauth.accountCredentials(client[0], client[1], accountId != null ? accountId : accountIdQuery);
            default -> throw new OAuthError(400, "unsupported_grant_type", "Unsupported grant type");
        };
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", issued.accessToken());
        body.put("token_type", "bearer");
        if (issued.refreshToken() != null) {
            body.put("refresh_token", issued.refreshToken());
        }
        body.put("expires_in", issued.expiresIn());
        body.put("scope", issued.scope());
        body.put("api_url", "https://api.zoom.us");
        return body;
    }

    @POST
    @Path("/revoke")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> revoke(
            @HeaderParam("Authorization") String authorization, @QueryParam("token") String token) {
        String[] client = basic(authorization);
        oauth.revoke(client[0], client[1], token);
        return Map.of("status", "success");
    }

    @ServerExceptionMapper
    public RestResponse<Map<String, String>> oauthError(OAuthError error) {
        return RestResponse.ResponseBuilder.<Map<String, String>>create(error.status())
                .type(MediaType.APPLICATION_JSON)
                .entity(Map.of("reason", error.getMessage(), "error", error.error()))
                .build();
    }

    private static String[] basic(String authorization) {
        if (authorization == null || !authorization.startsWith("Basic ")) {
            throw OAuthError.invalidClient();
        }
        try {
            String pair = new String(
                    Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            if (colon < 0) {
                throw OAuthError.invalidClient();
            }
            return new String[] {pair.substring(0, colon), pair.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            throw OAuthError.invalidClient();
        }
    }
}
