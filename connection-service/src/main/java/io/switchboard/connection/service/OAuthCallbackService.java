package io.switchboard.connection.service;

import io.smallrye.mutiny.Uni;
import io.switchboard.connection.client.ZoomIdentity;
import io.switchboard.connection.client.ZoomOAuthClient;
import io.switchboard.connection.client.ZoomOAuthException;
import io.switchboard.connection.config.ConnectionConfig;
import io.switchboard.rest.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Completes an OAuth connection: claims the state (single use, unexpired), exchanges the code with the PKCE
 * verifier, asks Zoom whose account it is, then stores the connection. A bad state stores nothing.
 */
@ApplicationScoped
public class OAuthCallbackService {

    private final ConnectionWriter writer;
    private final ZoomOAuthClient zoom;
    private final ZoomIdentity identity;
    private final ConnectionConfig config;

    public OAuthCallbackService(
            ConnectionWriter writer, ZoomOAuthClient zoom, ZoomIdentity identity, ConnectionConfig config) {
        this.writer = writer;
        this.zoom = zoom;
        this.identity = identity;
        this.config = config;
    }

    /** Where to send the browser once the connection is stored. */
    public Uni<URI> complete(String code, String state) {
        if (state == null || state.isBlank() || code == null || code.isBlank()) {
            throw ProblemException.badRequest("code and state are required.");
        }
        return writer.claimState(state)
                .flatMap(claim -> zoom.exchangeCode(code, claim.codeVerifier())
                        .flatMap(tokens ->
                                identity.me(tokens.accessToken()).flatMap(me -> writer.activate(claim, tokens, me)))
                        .onFailure(ZoomOAuthException.class)
                        .transform(failure -> asProblem(failure))
                        .map(connectionId -> URI.create(config.dashboardUrl()
                                + (config.dashboardUrl().contains("?") ? "&" : "?")
                                + "connectionId=" + URLEncoder.encode(connectionId.toString(), StandardCharsets.UTF_8)
                                + "&status=connected")));
    }

    static ProblemException asProblem(ZoomOAuthException failure) {
        return switch (failure.kind()) {
            case INVALID_GRANT ->
                ProblemException.badRequest("Zoom did not accept the authorisation code; connect again.");
            case TRANSIENT ->
                new ProblemException(
                        503, "zoom-unavailable", "Zoom unavailable", "Zoom could not be reached; try again shortly.");
            case REJECTED ->
                new ProblemException(
                        502,
                        "zoom-refused",
                        "Zoom refused the request",
                        "Zoom refused the request: " + failure.getMessage());
        };
    }
}
