package io.switchboard.simulator.http;

import io.switchboard.simulator.service.ApiCounters;
import io.switchboard.simulator.service.Grant;
import io.switchboard.simulator.service.OAuthServer;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/** Counts every answer of {@code /v2/*} by status and account, faults included (see {@link ApiCounters}). */
final class CountingHandler implements Handler<RoutingContext> {

    private static final String BEARER = "Bearer ";

    private final OAuthServer oauth;
    private final ApiCounters counters;

    CountingHandler(OAuthServer oauth, ApiCounters counters) {
        this.oauth = oauth;
        this.counters = counters;
    }

    @Override
    public void handle(RoutingContext ctx) {
        String account = account(Http.authorization(ctx));
        ctx.addHeadersEndHandler(
                ended -> counters.answered(account, ctx.response().getStatusCode()));
        ctx.next();
    }

    private String account(String authorization) {
        if (authorization == null || !authorization.startsWith(BEARER)) {
            return null;
        }
        Grant grant = oauth.bearer(authorization.substring(BEARER.length()).trim());
        return grant == null ? null : grant.accountId();
    }
}
