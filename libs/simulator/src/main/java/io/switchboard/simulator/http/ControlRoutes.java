package io.switchboard.simulator.http;

import static io.switchboard.simulator.http.Http.handle;

import io.switchboard.simulator.SimulatorSettings;
import io.switchboard.simulator.ZoomSimulator;
import io.switchboard.simulator.service.AccountPlans;
import io.switchboard.simulator.service.ApiCounters;
import io.switchboard.simulator.service.ApiError;
import io.switchboard.simulator.service.Faults;
import io.switchboard.simulator.service.OAuthServer;
import io.switchboard.simulator.traffic.Deauthorization;
import io.switchboard.simulator.traffic.TrafficGenerator;
import io.switchboard.simulator.traffic.TrafficRequest;
import io.switchboard.simulator.traffic.TrafficRun;
import io.switchboard.simulator.traffic.UrlValidationCheck;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The simulator's own control API under {@code /_sim}: traffic, endpoint checks, faults, counters, uninstalls, and
 * each account's plan.
 */
final class ControlRoutes {

    private final OAuthServer oauth;
    private final Faults faults;
    private final TrafficGenerator traffic;
    private final UrlValidationCheck validation;
    private final AccountPlans plans;
    private final ApiCounters apiCounters;

    ControlRoutes(ZoomSimulator simulator) {
        this.oauth = simulator.oauth();
        this.faults = simulator.faults();
        this.traffic = simulator.traffic();
        this.validation = simulator.validation();
        this.plans = simulator.plans();
        this.apiCounters = simulator.apiCounters();
    }

    /** Request body of an endpoint validation check. */
    record Validation(String target, String secret) {}

    /**
     * Request body of an installation revocation; with {@code target} and {@code secret}, Zoom's
     * {@code app_deauthorized} webhook is delivered there too.
     */
    record Installation(String clientId, String accountId, String target, String secret) {}

    void mount(Router router) {
        // Generating a large run and checking an endpoint take time: both run off the event loop.
        router.post("/_sim/traffic").handler(Http.body()).blockingHandler(handle(this::startTraffic), false);
        router.get("/_sim/traffic/:runId").handler(handle(this::trafficRun));
        router.post("/_sim/webhooks/validate").handler(Http.body()).blockingHandler(handle(this::validate), false);
        router.get("/_sim/faults").handler(handle(ctx -> Http.json(ctx, 200, faults.current())));
        router.post("/_sim/faults").handler(Http.body()).handler(handle(this::injectFaults));
        router.delete("/_sim/faults").handler(handle(ctx -> {
            faults.clear();
            Http.noContent(ctx);
        }));
        router.get("/_sim/counters").handler(handle(this::counters));
        router.get("/_sim/tokens/:accessToken").handler(handle(this::token));
        router.post("/_sim/counters/reset").handler(handle(ctx -> {
            oauth.resetCounters();
            apiCounters.reset();
            Http.noContent(ctx);
        }));
        router.post("/_sim/installations/revoke").handler(Http.body()).handler(handle(this::revokeInstallation));
        router.put("/_sim/accounts/:accountId/plan").handler(Http.body()).handler(handle(this::plan));
    }

    /** The OAuth server's grant counters and the API's answer counters, by name. */
    private void counters(RoutingContext ctx) {
        Map<String, Long> all = new TreeMap<>(oauth.counters());
        all.putAll(apiCounters.snapshot());
        Http.json(ctx, 200, all);
    }

    /** Gives an account another plan: {@code {seats, master}}; 200 with the plan. */
    private void plan(RoutingContext ctx) {
        AccountPlans.Plan plan = Http.body(ctx, AccountPlans.Plan.class);
        plans.set(ctx.pathParam("accountId"), plan);
        Http.json(ctx, 200, plan);
    }

    /** Starts delivering generated Zoom activity as signed webhooks; 202 with the run's counters. */
    private void startTraffic(RoutingContext ctx) {
        TrafficRequest request = Http.body(ctx, TrafficRequest.class);
        Http.json(ctx, 202, traffic.start(request).snapshot());
    }

    private void trafficRun(RoutingContext ctx) {
        TrafficRun run = traffic.run(ctx.pathParam("runId"));
        if (run == null) {
            throw new ApiError(404, 404, "No traffic run " + ctx.pathParam("runId"));
        }
        Http.json(ctx, 200, run.snapshot());
    }

    /** What an access token stands for and how often its grant was refreshed: per-connection proof for tests. */
    private void token(RoutingContext ctx) {
        Map<String, Object> grant = oauth.describe(ctx.pathParam("accessToken"));
        if (grant == null) {
            throw new ApiError(404, 124, "Unknown or expired access token.");
        }
        Http.json(ctx, 200, grant);
    }

    /** Zoom's url_validation check against a webhook endpoint. */
    private void validate(RoutingContext ctx) {
        Validation request = Http.body(ctx, Validation.class);
        if (request.target() == null || request.secret() == null) {
            throw new ApiError(400, 300, "target and secret are required");
        }
        Http.json(ctx, 200, validation.check(request.target(), request.secret()));
    }

    /**
     * Injects faults into /v2/* and /oauth/token: {latencyMs, errorRate, force429, force429Count, retryAfterSeconds}.
     */
    private void injectFaults(RoutingContext ctx) {
        faults.set(Http.body(ctx, Faults.Settings.class));
        Http.json(ctx, 200, faults.current());
    }

    /**
     * Uninstalls an app from an account: its next refresh fails with invalid_grant. 204; or, when a webhook target
     * is given, 202 with the delivery run of the {@code app_deauthorized} event (see {@code /_sim/traffic/{runId}}).
     */
    private void revokeInstallation(RoutingContext ctx) {
        Installation request = Http.body(ctx, Installation.class);
        if (request.clientId() == null || request.accountId() == null) {
            throw new ApiError(400, 300, "clientId and accountId are required");
        }
        if (request.target() != null && request.secret() == null) {
            throw new ApiError(400, 300, "secret is required with target");
        }
        TrafficRequest delivery = request.target() == null
                ? null
                : TrafficRequest.single(request.target(), request.secret(), request.accountId())
                        .checked();
        SimulatorSettings.App app = oauth.revokeInstallation(request.clientId(), request.accountId());
        if (delivery == null) {
            Http.noContent(ctx);
            return;
        }
        String body = Deauthorization.body(request.clientId(), app.secret(), request.accountId(), Instant.now());
        Http.json(ctx, 202, traffic.deliver(delivery, List.of(body)).snapshot());
    }
}
