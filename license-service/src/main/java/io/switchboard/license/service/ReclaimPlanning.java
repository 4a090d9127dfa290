package io.switchboard.license.service;

import io.switchboard.license.mapping.ReclaimAction;
import io.switchboard.license.mapping.ReclaimTarget;
import io.switchboard.license.repository.ZoomAccountRow;
import io.switchboard.zoom.api.model.LicenseType;

/** Whether a reclaim acts on a user, from this service's own state of them, and why not. */
final class ReclaimPlanning {

    /** Zoom's role id of the account owner. */
    static final String OWNER_ROLE = "0";

    private ReclaimPlanning() {}

    /** The plan's entry for {@code zoomUserId}, whose row is null when the connection has no such user. */
    static ReclaimTarget target(ReclaimAction action, String zoomUserId, ZoomAccountRow row) {
        if (row == null) {
            return new ReclaimTarget(
                    zoomUserId, null, null, null, null, false, "Not a user of this connection.", false);
        }
        String reason = reason(action, row);
        boolean licensed = row.licenseType() == LicenseType.LICENSED.code() && !"inactive".equals(row.status());
        return new ReclaimTarget(
                zoomUserId,
                row.email(),
                row.status(),
                row.licenseType(),
                row.roleId(),
                reason == null,
                reason,
                reason == null && licensed);
    }

    private static String reason(ReclaimAction action, ZoomAccountRow row) {
        if (OWNER_ROLE.equals(row.roleId())) {
            return "The account owner's licence cannot be reclaimed.";
        }
        if ("pending".equals(row.status())) {
            return "A pending invitation has no licence in use to reclaim.";
        }
        if (action == ReclaimAction.DEACTIVATE && "inactive".equals(row.status())) {
            return "The user is already deactivated.";
        }
        if (action == ReclaimAction.DOWNGRADE && row.licenseType() == LicenseType.BASIC.code()) {
            return "The user is already Basic.";
        }
        return null;
    }
}
