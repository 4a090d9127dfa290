package io.switchboard.simulator.rest;

import io.switchboard.simulator.service.ApiError;
import io.switchboard.simulator.service.Directory;
import io.switchboard.simulator.service.Grant;
import io.switchboard.simulator.service.OAuthServer;
import io.switchboard.simulator.service.RateLimiter;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Zoom REST API v2: the user the access token belongs to. Bearer tokens are checked; errors are {code, message}. */
@Path("/v2/users")
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

    private static final int MAX_PAGE_SIZE = 300;

    private final OAuthServer oauth;
    private final Directory directory;
    private final RateLimiter limits;

    public UsersResource(OAuthServer oauth, Directory directory, RateLimiter limits) {
        this.oauth = oauth;
        this.directory = directory;
        this.limits = limits;
    }

    /** Zoom's {@code GET /users}: one page of the account's users with the given status. */
    @GET
    public Map<String, Object> list(
            @HeaderParam("Authorization") String authorization,
            @QueryParam("status") String status,
            @QueryParam("page_size") @DefaultValue("30") int pageSize,
            @QueryParam("next_page_token") String nextPageToken) {
        Grant grant = authenticated(authorization, RateLimiter.Category.MEDIUM);
        if (status != null && !List.of("active", "inactive", "pending").contains(status)) {
            throw new ApiError(400, 300, "Invalid field: status");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new ApiError(400, 300, "page_size must be between 1 and " + MAX_PAGE_SIZE);
        }
        Directory.Page page = directory.list(grant.accountId(), status, pageSize, nextPageToken);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("page_size", page.pageSize());
        body.put("total_records", page.totalRecords());
        body.put("next_page_token", page.nextPageToken() == null ? "" : page.nextPageToken());
        body.put("users", page.users());
        return body;
    }

    /** Zoom's {@code GET /users/{userId}} (id or email) within the token's account. */
    @GET
    @Path("/{userId}")
    public Map<String, Object> get(
            @HeaderParam("Authorization") String authorization, @PathParam("userId") String userId) {
        Grant grant = authenticated(authorization, RateLimiter.Category.LIGHT);
        if ("me".equals(userId)) {
            return me(grant);
        }
        Map<String, Object> user = directory.find(grant.accountId(), userId);
        if (user == null) {
            throw new ApiError(404, 1001, "User does not exist: " + userId);
        }
        Map<String, Object> detailed = new LinkedHashMap<>(user);
        detailed.put("account_id", grant.accountId());
        return detailed;
    }

    private Grant authenticated(String authorization, RateLimiter.Category category) {
        Grant grant = authorization != null && authorization.startsWith("Bearer ")
                ? oauth.bearer(authorization.substring(7).trim())
                : null;
        if (grant == null) {
            throw new ApiError(401, 124, "Invalid access token.");
        }
        limits.acquire(grant.accountId(), category);
        return grant;
    }

    private static Map<String, Object> me(Grant grant) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("id", grant.userId());
        user.put("account_id", grant.accountId());
        user.put("email", "owner@" + grant.accountId().toLowerCase(java.util.Locale.ROOT) + ".example");
        user.put("first_name", "Account");
        user.put("last_name", "Owner");
        user.put("type", 2);
        user.put("role_name", "Owner");
        user.put("status", "active");
        return user;
    }
}
