package io.switchboard.simulator.http;

import static io.switchboard.simulator.http.Http.handle;

import io.switchboard.simulator.service.ApiError;
import io.switchboard.simulator.service.ApiGate;
import io.switchboard.simulator.service.Grant;
import io.switchboard.simulator.service.Licences;
import io.switchboard.simulator.service.RateLimiter.Category;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;

/** Zoom REST API v2: plan usage of the token's account (Heavy) and the account's roles (Medium). */
final class AccountRoutes {

    private final ApiGate gate;
    private final Licences licences;

    AccountRoutes(ApiGate gate, Licences licences) {
        this.gate = gate;
        this.licences = licences;
    }

    void mount(Router router) {
        router.get("/v2/accounts/:accountId/plans/usage").handler(handle(this::planUsage));
        router.get("/v2/roles").handler(handle(this::roles));
    }

    private void planUsage(RoutingContext ctx) {
        Grant grant = gate.enter(Http.authorization(ctx), Category.HEAVY);
        String accountId = ctx.pathParam("accountId");
        if (!"me".equals(accountId) && !grant.accountId().equals(accountId)) {
            throw new ApiError(404, 2001, "Account does not exist: " + accountId);
        }
        Http.json(ctx, 200, licences.planUsage(grant.accountId()));
    }

    private void roles(RoutingContext ctx) {
        gate.enter(Http.authorization(ctx), Category.MEDIUM);
        List<Map<String, Object>> roles = List.of(
                Map.of("id", "0", "name", "Owner", "description", "Account owner", "total_members", 1),
                Map.of("id", "1", "name", "Admin", "description", "Account admin", "total_members", 0),
                Map.of("id", "2", "name", "Member", "description", "Account member", "total_members", 0));
        Http.json(ctx, 200, Map.of("total_records", roles.size(), "roles", roles));
    }
}
