package io.switchboard.connection.service;

import io.smallrye.mutiny.Uni;
import io.switchboard.connection.client.TokenResponse;
import io.switchboard.connection.client.ZoomIdentity;
import io.switchboard.connection.client.ZoomMe;
import io.switchboard.connection.client.ZoomOAuthClient;
import io.switchboard.connection.client.ZoomOAuthException;
import io.switchboard.connection.config.ConnectionConfig;
import io.switchboard.connection.config.ZoomConfig;
import io.switchboard.connection.repository.ConnectionEntity;
import io.switchboard.connection.repository.ConnectionType;
import io.switchboard.domain.DomainException;
import io.switchboard.messaging.SqlStates;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Completes an OAuth connection in two steps, so that a connection cannot be swapped: Zoom's callback only keeps the
 * code and sends the browser to the dashboard with a confirmation; the user who started the flow, signed in,
 * confirms it, and only then is the code exchanged (with the PKCE verifier), the account identified and the
 * connection activated. A bad state or confirmation stores nothing and exchanges nothing.
 */
@ApplicationScoped
public class OAuthCallbackService {

    private final OAuthStates states;
    private final Activation activation;
    private final ZoomOAuthClient zoom;
    private final ZoomIdentity identity;
    private final ZoomConfig app;
    private final ConnectionConfig config;
    private final ConcurrentConnections races;

    public OAuthCallbackService(
            OAuthStates states,
            Activation activation,
            ZoomOAuthClient zoom,
            ZoomIdentity identity,
            ZoomConfig app,
            ConnectionConfig config,
            ConcurrentConnections races) {
        this.states = states;
        this.activation = activation;
        this.zoom = zoom;
        this.identity = identity;
        this.app = app;
        this.config = config;
        this.races = races;
    }

    /** Zoom's callback: where to send the browser, with the connection id and the confirmation. */
    public Uni<URI> answer(String code, String state) {
        if (state == null || state.isBlank() || code == null || code.isBlank()) {
            throw DomainException.invalid("code and state are required.");
        }
        return states.answer(state, code)
                .map(answer -> URI.create(config.dashboardUrl()
                        + (config.dashboardUrl().contains("?") ? "&" : "?")
                        + "connectionId=" + encode(answer.connectionId().toString())
                        + "&confirmation=" + encode(answer.confirmation())
                        + "&status=confirm"));
    }

    /** The starting user confirms: the code is exchanged and the connection activated; its id. */
    public Uni<UUID> confirm(String orgId, UUID connectionId, String caller, String confirmation) {
        if (confirmation == null || confirmation.isBlank()) {
            throw DomainException.invalid(
                    "A JSON body {\"confirmation\": ...} from the dashboard's redirect is required.");
        }
        return states.confirm(orgId, connectionId, caller, confirmation, config.stateTtl())
                .flatMap(claim -> zoom.exchangeCode(claim.code(), claim.codeVerifier())
                        .flatMap(tokens -> identify(claim, tokens))
                        .onFailure(ZoomOAuthException.class)
                        .transform(failure -> ConnectionProblems.fromZoom(failure)));
    }

    private Uni<UUID> identify(OAuthStates.Claim claim, TokenResponse tokens) {
        return identity.me(tokens.accessToken())
                .onFailure()
                .call(failure -> races.revoke(claim.connectionId(), tokens))
                .flatMap(me -> activation
                        .activate(new Activation.Granted(
                                claim.orgId(), claim.connectionId(), grant(me, tokens), tokens, null))
                        .onFailure(failure -> SqlStates.is(failure, SqlStates.UNIQUE_VIOLATION))
                        .recoverWithUni(
                                failure -> races.lost(claim.orgId(), claim.connectionId(), me.accountId(), tokens)));
    }

    private ConnectionEntity.Grant grant(ZoomMe me, TokenResponse tokens) {
        List<String> granted = scopes(tokens.scope());
        List<String> missing = app.requiredScopes().stream()
                .filter(scope -> !granted.contains(scope))
                .toList();
        return new ConnectionEntity.Grant(
                ConnectionType.OAUTH, me.accountId(), app.clientId().orElse(null), granted, missing);
    }

    private static List<String> scopes(String scope) {
        if (scope == null || scope.isBlank()) {
            return List.of();
        }
        return Arrays.stream(scope.trim().split("[\\s,]+")).distinct().toList();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
