package io.switchboard.simulator.http;

import static io.switchboard.simulator.http.Http.handle;

import io.switchboard.simulator.service.AccountPlans;
import io.switchboard.simulator.service.ApiError;
import io.switchboard.simulator.service.ApiGate;
import io.switchboard.simulator.service.Directory;
import io.switchboard.simulator.service.Grant;
import io.switchboard.simulator.service.RateLimiter.Category;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Zoom REST API v2 users: the token's owner, the directory in pages, one user, create (with the account's daily
 * limit of action {@code create}), status, delete. The account owner cannot be deactivated or removed.
 */
final class UsersRoutes {

    private static final int MAX_PAGE_SIZE = 300;

    private final ApiGate gate;
    private final Directory directory;
    private final AccountPlans plans;

    UsersRoutes(ApiGate gate, Directory directory, AccountPlans plans) {
        this.gate = gate;
        this.directory = directory;
        this.plans = plans;
    }

    /** Request body of {@code POST /users}. */
    record CreateUser(String action, UserInfo user_info) {}

    /** The {@code user_info} of a create request. */
    record UserInfo(String email, Integer type, String first_name, String last_name) {}

    /** Request body of {@code PUT /users/{id}/status}. */
    record StatusChange(String action) {}

    void mount(Router router) {
        router.get("/v2/users").handler(handle(this::list));
        router.post("/v2/users").handler(Http.body()).handler(handle(this::create));
        router.get("/v2/users/:userId").handler(handle(this::get));
        router.put("/v2/users/:userId/status").handler(Http.body()).handler(handle(this::status));
        router.delete("/v2/users/:userId").handler(handle(this::delete));
    }

    /** Zoom's {@code GET /users}: one page of the account's users with the given status. */
    private void list(RoutingContext ctx) {
        Grant grant = gate.enter(Http.authorization(ctx), Category.MEDIUM);
        String status = Http.query(ctx, "status");
        if (status != null && !List.of("active", "inactive", "pending").contains(status)) {
            throw new ApiError(400, 300, "Invalid field: status");
        }
        int pageSize = Http.intQuery(ctx, "page_size", 30);
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new ApiError(400, 300, "page_size must be between 1 and " + MAX_PAGE_SIZE);
        }
        Directory.Page page = directory.list(grant.accountId(), status, pageSize, Http.query(ctx, "next_page_token"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("page_size", page.pageSize());
        body.put("total_records", page.totalRecords());
        body.put("next_page_token", page.nextPageToken() == null ? "" : page.nextPageToken());
        // Zoom lists pending users (invited, not yet accepted) without an id.
        page.users().stream()
                .filter(user -> "pending".equals(user.get("status")))
                .forEach(user -> user.remove("id"));
        body.put("users", page.users());
        Http.json(ctx, 200, body);
    }

    /** Zoom's {@code GET /users/{userId}} (id, email or {@code me}) within the token's account. */
    private void get(RoutingContext ctx) {
        Grant grant = gate.enter(Http.authorization(ctx), Category.LIGHT);
        String userId = ctx.pathParam("userId");
        if ("me".equals(userId)) {
            Http.json(ctx, 200, me(grant));
            return;
        }
        Map<String, Object> user = directory.find(grant.accountId(), userId);
        if (user == null) {
            throw new ApiError(404, 1001, "User does not exist: " + userId);
        }
        Map<String, Object> detailed = new LinkedHashMap<>(user);
        detailed.put("account_id", grant.accountId());
        Http.json(ctx, 200, detailed);
    }

    private void create(RoutingContext ctx) {
        Grant grant = gate.enter(Http.authorization(ctx), Category.LIGHT);
        CreateUser request = Http.body(ctx, CreateUser.class);
        if (request.user_info() == null) {
            throw new ApiError(400, 300, "Invalid field: user_info");
        }
        UserInfo info = request.user_info();
        Map<String, Object> created = directory.create(
                grant.accountId(),
                request.action(),
                info.email(),
                info.type() == null ? 1 : info.type(),
                info.first_name(),
                info.last_name(),
                plans.of(grant.accountId()).seats());
        Http.json(ctx, 201, created);
    }

    private void status(RoutingContext ctx) {
        Grant grant = gate.enter(Http.authorization(ctx), Category.LIGHT);
        StatusChange change = Http.body(ctx, StatusChange.class);
        directory.requireNotOwner(grant.accountId(), ctx.pathParam("userId"), "activated or deactivated");
        directory.status(grant.accountId(), ctx.pathParam("userId"), change.action());
        Http.noContent(ctx);
    }

    /** Zoom's {@code DELETE /users/{id}}; a {@code transfer_email} must name another user of the account. */
    private void delete(RoutingContext ctx) {
        Grant grant = gate.enter(Http.authorization(ctx), Category.LIGHT);
        String transferTo = Http.query(ctx, "transfer_email");
        if (transferTo != null && directory.find(grant.accountId(), transferTo) == null) {
            throw new ApiError(404, 1001, "User does not exist: " + transferTo);
        }
        directory.requireNotOwner(grant.accountId(), ctx.pathParam("userId"), "disassociated or deleted");
        directory.delete(grant.accountId(), ctx.pathParam("userId"), Http.query(ctx, "action"));
        Http.noContent(ctx);
    }

    private static Map<String, Object> me(Grant grant) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("id", grant.userId());
        user.put("account_id", grant.accountId());
        user.put("email", "owner@" + grant.accountId().toLowerCase(Locale.ROOT) + ".example");
        user.put("first_name", "Account");
        user.put("last_name", "Owner");
        user.put("type", 2);
        user.put("role_name", "Owner");
        user.put("status", "active");
        return user;
    }
}
