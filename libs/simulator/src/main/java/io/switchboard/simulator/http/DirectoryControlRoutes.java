package io.switchboard.simulator.http;

import static io.switchboard.simulator.http.Http.handle;

import io.switchboard.simulator.ZoomSimulator;
import io.switchboard.simulator.service.ApiError;
import io.switchboard.simulator.service.Directory;
import io.switchboard.simulator.service.OAuthServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Control API for tests and benchmarks that need a particular Zoom account: an access token of an app installed on
 * any account, the account's whole directory replaced (a user's {@code role_id} "0" makes them the owner), a user
 * changed as an admin would in Zoom's web portal, and the account's daily limit of user creation.
 */
final class DirectoryControlRoutes {

    private static final int MAX_GENERATED = 500_000;

    private final OAuthServer oauth;
    private final Directory directory;

    DirectoryControlRoutes(ZoomSimulator simulator) {
        this.oauth = simulator.oauth();
        this.directory = simulator.directory();
    }

    /** {@code users} as given, or {@code generate} users {@code user<n>@<domain>}, all active. */
    record DirectoryRequest(List<Map<String, Object>> users, Integer generate, String domain) {}

    /** The account's daily limit of users created with action {@code create}; null for none. */
    record CreateLimit(Integer perDay) {}

    /** Fields of a user an admin may change in the portal. */
    record UserChange(String email, String status) {}

    void mount(Router router) {
        router.post("/_sim/accounts/:accountId/tokens").handler(handle(this::token));
        router.put("/_sim/accounts/:accountId/users").handler(Http.body()).handler(handle(this::replace));
        router.patch("/_sim/accounts/:accountId/users/:userId")
                .handler(Http.body())
                .handler(handle(this::change));
        router.put("/_sim/accounts/:accountId/create-limit")
                .handler(Http.body())
                .handler(handle(this::createLimit));
    }

    private void createLimit(RoutingContext ctx) {
        CreateLimit limit = Http.body(ctx, CreateLimit.class);
        directory.createLimit(ctx.pathParam("accountId"), limit.perDay());
        Http.noContent(ctx);
    }

    private void token(RoutingContext ctx) {
        OAuthServer.Issued issued = oauth.installationToken(ctx.pathParam("accountId"));
        Http.json(ctx, 200, Map.of("access_token", issued.accessToken(), "expires_in", issued.expiresIn()));
    }

    private void replace(RoutingContext ctx) {
        DirectoryRequest request = Http.body(ctx, DirectoryRequest.class);
        List<Map<String, Object>> users = request.users() != null ? request.users() : generated(request);
        Http.json(ctx, 200, Map.of("ids", directory.replace(ctx.pathParam("accountId"), users)));
    }

    private static List<Map<String, Object>> generated(DirectoryRequest request) {
        int count = request.generate() == null ? 0 : request.generate();
        if (count < 0 || count > MAX_GENERATED || request.domain() == null) {
            throw new ApiError(400, 300, "users[], or generate (0.." + MAX_GENERATED + ") with a domain");
        }
        List<Map<String, Object>> users = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            Map<String, Object> user = new LinkedHashMap<>();
            user.put("email", "user" + n + "@" + request.domain().toLowerCase(Locale.ROOT));
            user.put("first_name", "User");
            user.put("last_name", Integer.toString(n));
            users.add(user);
        }
        return users;
    }

    private void change(RoutingContext ctx) {
        UserChange change = Http.body(ctx, UserChange.class);
        String account = ctx.pathParam("accountId");
        String user = ctx.pathParam("userId");
        if (change.email() != null) {
            directory.update(account, user, "email", change.email());
        }
        if (change.status() != null) {
            directory.update(account, user, "status", change.status());
        }
        Http.noContent(ctx);
    }
}
