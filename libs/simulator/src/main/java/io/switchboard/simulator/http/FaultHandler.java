package io.switchboard.simulator.http;

import io.switchboard.simulator.service.ApiError;
import io.switchboard.simulator.service.Faults;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;

/** Applies the injected faults to {@code /v2/*} and {@code /oauth/token}, before the real handler runs. */
final class FaultHandler implements Handler<RoutingContext> {

    private static final String RETRY_AFTER = "Retry-After";

    private final Faults faults;
    private final boolean oauth;

    /** {@code oauth}: answer in the token endpoint's shape ({@code reason, error}) instead of the API's. */
    FaultHandler(Faults faults, boolean oauth) {
        this.faults = faults;
        this.oauth = oauth;
    }

    @Override
    public void handle(RoutingContext ctx) {
        long latency = faults.current().latencyMs();
        if (latency == 0) {
            answer(ctx);
        } else {
            ctx.vertx().setTimer(latency, timer -> answer(ctx));
        }
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
