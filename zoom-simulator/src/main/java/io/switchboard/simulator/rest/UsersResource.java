package io.switchboard.simulator.rest;

import io.switchboard.simulator.service.ApiError;
import io.switchboard.simulator.service.ApiGate;
import io.switchboard.simulator.service.Directory;
import io.switchboard.simulator.service.Grant;
import io.switchboard.simulator.service.RateLimiter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestResponse;

/** Zoom REST API v2: the user the access token belongs to. Bearer tokens are checked; errors are {code, message}. */
@Path("/v2/users")
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {

    private static final int MAX_PAGE_SIZE = 300;

    private final ApiGate gate;
    private final Directory directory;

    public UsersResource(ApiGate gate, Directory directory) {
        this.gate = gate;
        this.directory = directory;
    }

    /** Zoom's {@code GET /users}: one page of the account's users with the given status. */
    @GET
    public Map<String, Object> list(
            @HeaderParam("Authorization") String authorization,
            @QueryParam("status") String status,
            @QueryParam("page_size") @DefaultValue("30") int pageSize,
            @QueryParam("next_page_token") String nextPageToken) {
        Grant grant = gate.enter(authorization, RateLimiter.Category.MEDIUM);
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
        Grant grant = gate.enter(authorization, RateLimiter.Category.LIGHT);
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

    /** Request body of {@code POST /users}. */
    public record CreateUser(String action, UserInfo user_info) {}

    /** The {@code user_info} of a create request. */
    public record UserInfo(String email, Integer type, String first_name, String last_name) {}

    /** Request body of {@code PUT /users/{id}/status}. */
    public record StatusChange(String action) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<Map<String, Object>> create(
            @HeaderParam("Authorization") String authorization, CreateUser request) {
        Grant grant = gate.enter(authorization, RateLimiter.Category.LIGHT);
        if (request == null || request.user_info() == null) {
            throw new ApiError(400, 300, "Invalid field: user_info");
        }
        UserInfo info = request.user_info();
        Map<String, Object> created = directory.create(
                grant.accountId(),
                request.action(),
                info.email(),
                info.type() == null ? 1 : info.type(),
                info.first_name(),
                info.last_name());
        return RestResponse.status(RestResponse.Status.CREATED, created);
    }

    @PUT
    @Path("/{userId}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<Void> status(
            @HeaderParam("Authorization") String authorization,
            @PathParam("userId") String userId,
            StatusChange change) {
        Grant grant = gate.enter(authorization, RateLimiter.Category.LIGHT);
        directory.status(grant.accountId(), userId, change == null ? null : change.action());
        return RestResponse.noContent();
    }

    @DELETE
    @Path("/{userId}")
    public RestResponse<Void> delete(
            @HeaderParam("Authorization") String authorization,
            @PathParam("userId") String userId,
            @QueryParam("action") String action) {
        Grant grant = gate.enter(authorization, RateLimiter.Category.LIGHT);
        directory.delete(grant.accountId(), userId, action);
        return RestResponse.noContent();
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
