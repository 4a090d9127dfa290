package io.switchboard.simulator.http;

import io.switchboard.simulator.service.ApiError;
import io.switchboard.simulator.service.Faults;
import io.switchboard.simulator.service.Grant;
import io.switchboard.simulator.service.OAuthServer;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;

/**
 * Applies the injected faults to {@code /v2/*} and {@code /oauth/token}, before the real handler runs; faults scoped
 * to one account hit only that account's API calls.
 */
final class FaultHandler implements Handler<RoutingContext> {

    private static final String RETRY_AFTER = "Retry-After";

    private final Faults faults;
    private final OAuthServer tokens;
    private final boolean oauth;

    /** {@code oauth}: answer in the token endpoint's shape ({@code reason, error}) instead of the API's. */
    FaultHandler(Faults faults, OAuthServer tokens, boolean oauth) {
        this.faults = faults;
        this.tokens = tokens;
        this.oauth = oauth;
    }

    @Override
    public void handle(RoutingContext ctx) {
        if (!faults.hits(account(ctx))) {
            ctx.next();
            return;
        }
        long latency = faults.current().latencyMs();
        if (latency == 0) {
            answer(ctx);
        } else {
            ctx.vertx().setTimer(latency, timer -> answer(ctx));
        }
    }

    /** The account of the call's Bearer token; null for a token call or an unknown token. */
    private String account(RoutingContext ctx) {
        String authorization = oauth ? null : Http.authorization(ctx);
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return null;
        }
        Grant grant = tokens.bearer(authorization.substring(7).trim());
        return grant == null ? null : grant.accountId();
    }

    private void answer(RoutingContext ctx) {
        ApiError error = oauth ? faults.errorForToken() : faults.errorFor();
        if (error == null) {
            ctx.next();
        } else if (oauth) {
            String kind = error.status() == 429 ? "rate_limited" : "server_error";
            Http.json(ctx, error.status(), Map.of("reason", error.getMessage(), "error", kind));
        } else {
            if (error.status() == 429 && faults.retryAfterSeconds() > 0) {
                ctx.response().putHeader(RETRY_AFTER, Integer.toString(faults.retryAfterSeconds()));
            }
            Http.json(ctx, error.status(), Map.of("code", error.code(), "message", error.getMessage()));
        }
    }
}
