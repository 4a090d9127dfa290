package io.switchboard.simulator.http;

import static io.switchboard.simulator.http.Http.handle;

import io.switchboard.simulator.service.AccountPlans;
import io.switchboard.simulator.service.ApiError;
import io.switchboard.simulator.service.ApiGate;
import io.switchboard.simulator.service.Directory;
import io.switchboard.simulator.service.Grant;
import io.switchboard.simulator.service.Licences;
import io.switchboard.simulator.service.RateLimiter.Category;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;

/**
 * Zoom REST API v2 on licences: the user summary (Medium) and a user's licence type through {@code PATCH
 * /users/{id}} (Light), which needs a free seat of the account's plan to make a user Licensed and never changes the
 * account owner's licence. Mounted before the
 * users routes, so that {@code /users/summary} is not taken for a user id.
 */
final class LicenceRoutes {

    private final ApiGate gate;
    private final Directory directory;
    private final Licences licences;
    private final AccountPlans plans;

    LicenceRoutes(ApiGate gate, Directory directory, Licences licences, AccountPlans plans) {
        this.gate = gate;
        this.directory = directory;
        this.licences = licences;
        this.plans = plans;
    }

    /** Request body of {@code PATCH /users/{id}}: of a user's profile, only the licence type is simulated. */
    record UserUpdate(Integer type) {}

    void mount(Router router) {
        router.get("/v2/users/summary").handler(handle(this::summary));
        router.patch("/v2/users/:userId").handler(Http.body()).handler(handle(this::update));
    }

    private void summary(RoutingContext ctx) {
        Grant grant = gate.enter(Http.authorization(ctx), Category.MEDIUM);
        Http.json(ctx, 200, licences.summary(grant.accountId()));
    }

    private void update(RoutingContext ctx) {
        Grant grant = gate.enter(Http.authorization(ctx), Category.LIGHT);
        UserUpdate update = Http.body(ctx, UserUpdate.class);
        if (update.type() == null) {
            throw new ApiError(400, 300, "Invalid field: type");
        }
        int seats = plans.of(grant.accountId()).seats();
        Map<String, Object> user = directory.find(grant.accountId(), ctx.pathParam("userId"));
        if (user != null && !update.type().equals(user.get("type"))) {
            directory.requireNotOwner(grant.accountId(), ctx.pathParam("userId"), "given another licence type");
        }
        directory.changeType(grant.accountId(), ctx.pathParam("userId"), update.type(), seats);
        Http.noContent(ctx);
    }
}
