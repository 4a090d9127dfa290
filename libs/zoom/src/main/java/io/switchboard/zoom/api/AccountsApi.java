package io.switchboard.zoom.api;

import static io.switchboard.zoom.api.http.ZoomPaths.segment;

import io.smallrye.mutiny.Uni;
import io.switchboard.zoom.api.http.Endpoint;
import io.switchboard.zoom.api.http.ZoomCaller;
import io.switchboard.zoom.api.http.ZoomRequest;
import io.switchboard.zoom.api.model.PlanUsage;
import io.switchboard.zoom.api.model.RoleList;
import java.util.UUID;

/** Zoom's accounts API for a connection: plan usage and roles. */
public final class AccountsApi {

    /** The account id that names the token's own account. */
    public static final String ME = "me";

    private final ZoomCaller caller;

    AccountsApi(ZoomCaller caller) {
        this.caller = caller;
    }

    /** The connection's own account's plan usage ({@code GET /accounts/me/plans/usage}, Heavy). */
    public Uni<PlanUsage> planUsage(UUID connectionId) {
        return planUsage(connectionId, ME);
    }

    /** Plan usage of {@code accountId} (a sub account of a master account, or {@code me}), Heavy. */
    public Uni<PlanUsage> planUsage(UUID connectionId, String accountId) {
        return caller.call(connectionId, ZoomRequest.of(Endpoint.PLAN_USAGE, segment(accountId)), PlanUsage.class);
    }

    /** The account's roles ({@code GET /roles}, Medium). */
    public Uni<RoleList> roles(UUID connectionId) {
        return caller.call(connectionId, ZoomRequest.of(Endpoint.LIST_ROLES), RoleList.class);
    }
}
