package io.switchboard.zoom.api;

import static io.switchboard.zoom.api.http.ZoomPaths.segment;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.switchboard.zoom.api.http.CallerContext;
import io.switchboard.zoom.api.http.Endpoint;
import io.switchboard.zoom.api.http.Pages;
import io.switchboard.zoom.api.http.ZoomCaller;
import io.switchboard.zoom.api.http.ZoomRequest;
import io.switchboard.zoom.api.model.CreateAction;
import io.switchboard.zoom.api.model.CreatedUser;
import io.switchboard.zoom.api.model.DeleteAction;
import io.switchboard.zoom.api.model.LicenseType;
import io.switchboard.zoom.api.model.NewUser;
import io.switchboard.zoom.api.model.StatusAction;
import io.switchboard.zoom.api.model.UserPage;
import io.switchboard.zoom.api.model.UserStatus;
import io.switchboard.zoom.api.model.UserSummary;
import io.switchboard.zoom.api.model.ZoomUser;
import java.util.UUID;

/** Zoom's users API for a connection: every method's first argument is the connection whose token is used. */
public final class UsersApi {

    private static final String PAGE_SIZE = "page_size";
    private static final String NEXT_PAGE_TOKEN = "next_page_token";

    private final ZoomCaller caller;
    private final int pageSize;

    UsersApi(ZoomCaller caller, int pageSize) {
        this.caller = caller;
        this.pageSize = pageSize;
    }

    /** Every user with {@code status}, page after page as the subscriber asks for more ({@code GET /users}, Medium). */
    public Multi<ZoomUser> list(UUID connectionId, UserStatus status) {
        return CallerContext.deliver(Pages.items(token -> page(connectionId, status, pageSize, token)));
    }

    /** One page of users with {@code status}; {@code pageToken} "" or null for the first. */
    public Uni<UserPage> page(UUID connectionId, UserStatus status, int size, String pageToken) {
        ZoomRequest request = ZoomRequest.of(Endpoint.LIST_USERS)
                .query("status", status.wire())
                .query(PAGE_SIZE, size)
                .query(NEXT_PAGE_TOKEN, pageToken);
        return caller.call(connectionId, request, UserPage.class);
    }

    /** One user by id, email or {@code me} ({@code GET /users/{userId}}, Light). */
    public Uni<ZoomUser> get(UUID connectionId, String userId) {
        return caller.call(connectionId, ZoomRequest.of(Endpoint.GET_USER, segment(userId)), ZoomUser.class);
    }

    /** Creates a user ({@code POST /users}, Light); a Licensed user needs a free seat. */
    public Uni<CreatedUser> create(UUID connectionId, CreateAction action, NewUser user) {
        ZoomRequest request = ZoomRequest.of(Endpoint.CREATE_USER).body(new UserRequests.Create(action.wire(), user));
        return caller.call(connectionId, request, CreatedUser.class);
    }

    /** Activates or deactivates a user ({@code PUT /users/{userId}/status}, Light). */
    public Uni<Void> status(UUID connectionId, String userId, StatusAction action) {
        ZoomRequest request = ZoomRequest.of(Endpoint.UPDATE_USER_STATUS, segment(userId))
                .body(new UserRequests.StatusChange(action.wire()));
        return caller.send(connectionId, request);
    }

    /**
     * Disassociates or deletes a user ({@code DELETE /users/{userId}}, Light), handing their data to {@code
     * transferEmail} when not null.
     */
    public Uni<Void> delete(UUID connectionId, String userId, DeleteAction action, String transferEmail) {
        ZoomRequest request = ZoomRequest.of(Endpoint.DELETE_USER, segment(userId))
                .query("action", action.wire())
                .query("transfer_email", transferEmail);
        return caller.send(connectionId, request);
    }

    /** Changes a user's licence type ({@code PATCH /users/{userId}}, Light); becoming Licensed needs a free seat. */
    public Uni<Void> changeLicense(UUID connectionId, String userId, LicenseType type) {
        ZoomRequest request =
                ZoomRequest.of(Endpoint.UPDATE_USER, segment(userId)).body(new UserRequests.LicenceChange(type.code()));
        return caller.send(connectionId, request);
    }

    /** The account's users by licence type ({@code GET /users/summary}, Medium). */
    public Uni<UserSummary> summary(UUID connectionId) {
        return caller.call(connectionId, ZoomRequest.of(Endpoint.USER_SUMMARY), UserSummary.class);
    }
}
