package io.switchboard.simulator.http;

import static io.switchboard.simulator.http.Http.form;
import static io.switchboard.simulator.http.Http.handle;
import static io.switchboard.simulator.http.Http.query;

import io.switchboard.simulator.SimulatorSettings;
import io.switchboard.simulator.service.OAuthError;
import io.switchboard.simulator.service.OAuthServer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Zoom's OAuth endpoints: authorize (approves at once, or shows a consent page when configured), token (three
 * grants, HTTP Basic client authentication), revoke.
 */
final class OAuthRoutes {

    private final OAuthServer oauth;
    private final boolean consent;

    OAuthRoutes(OAuthServer oauth, boolean consent) {
        this.oauth = oauth;
        this.consent = consent;
    }

    void mount(Router router) {
        router.get("/oauth/authorize").handler(handle(this::authorize));
        router.post("/oauth/authorize").handler(Http.body()).handler(handle(this::decide));
        router.post("/oauth/token").handler(Http.body()).handler(handle(this::token));
        router.post("/oauth/revoke").handler(Http.body()).handler(handle(this::revoke));
    }

    private void authorize(RoutingContext ctx) {
        if (!"code".equals(query(ctx, "response_type"))) {
            throw OAuthError.invalidRequest("response_type must be code");
        }
        Request request = Request.of(ctx);
        if (!consent) {
            approve(ctx, request);
            return;
        }
        SimulatorSettings.App app =
                oauth.check(request.clientId(), request.redirectUri(), request.challenge(), request.challengeMethod());
        ctx.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=utf-8")
                .putHeader("Cache-Control", "no-store")
                .end(ConsentPage.render(request.fields(), app.accountId(), app.scopes()));
    }

    /** The consent page's answer: approve issues a code, anything else redirects with {@code access_denied}. */
    private void decide(RoutingContext ctx) {
        Request request = Request.of(ctx);
        if ("approve".equals(form(ctx, "decision"))) {
            approve(ctx, request);
            return;
        }
        oauth.check(request.clientId(), request.redirectUri(), request.challenge(), request.challengeMethod());
        redirect(ctx, request, Map.of("error", "access_denied"));
    }

    private void approve(RoutingContext ctx, Request request) {
        String code = oauth.authorize(
                request.clientId(), request.redirectUri(), request.challenge(), request.challengeMethod());
        redirect(ctx, request, Map.of("code", code));
    }

    private static void redirect(RoutingContext ctx, Request request, Map<String, String> answer) {
        Map<String, String> parameters = new LinkedHashMap<>(answer);
        if (request.state() != null) {
            parameters.put("state", request.state());
        }
        StringBuilder location = new StringBuilder(request.redirectUri());
        char separator = request.redirectUri().contains("?") ? '&' : '?';
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            location.append(separator)
                    .append(parameter.getKey())
                    .append('=')
                    .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        ctx.response()
                .setStatusCode(302)
                .putHeader(HttpHeaders.LOCATION, location.toString())
                .end();
    }

    private void token(RoutingContext ctx) {
        String[] client = basic(Http.authorization(ctx));
        String grant = form(ctx, "grant_type");
        OAuthServer.Issued issued = switch (grant == null ? "" : grant) {
            case "authorization_code" ->
                oauth.exchange(
                        client[0], client[1], form(ctx, "code"), form(ctx, "redirect_uri"), form(ctx, "code_verifier"));
            case "refresh_token" -> oauth.refresh(client[0], client[1], form(ctx, "refresh_token"));
            case "account_credentials" -> oauth.accountCredentials(client[0], client[1], form(ctx, "account_id"));
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
        Http.json(ctx, 200, body);
    }

    private void revoke(RoutingContext ctx) {
        String[] client = basic(Http.authorization(ctx));
        oauth.revoke(client[0], client[1], form(ctx, "token"));
        Http.json(ctx, 200, Map.of("status", "success"));
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

    /** The parameters of an authorization request, from the query or the consent form. */
    private record Request(
            String clientId, String redirectUri, String state, String challenge, String challengeMethod) {

        static Request of(RoutingContext ctx) {
            return new Request(
                    form(ctx, "client_id"),
                    form(ctx, "redirect_uri"),
                    form(ctx, "state"),
                    form(ctx, "code_challenge"),
                    form(ctx, "code_challenge_method"));
        }

        /** The fields the consent form carries on to its answer. */
        Map<String, String> fields() {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("client_id", clientId);
            fields.put("redirect_uri", redirectUri);
            fields.put("state", state);
            fields.put("code_challenge", challenge);
            fields.put("code_challenge_method", challengeMethod);
            return fields;
        }
    }
}
