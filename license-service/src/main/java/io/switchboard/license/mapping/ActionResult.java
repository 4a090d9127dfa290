package io.switchboard.license.mapping;

import java.time.Instant;
import java.util.UUID;

/**
 * How one user action ended, as the action endpoints and a reclaim's results show it.
 *
 * @param actionId the audit row's id (also the {@code ce_id} of the event of a succeeded action)
 * @param action create, deactivate, activate, change_license, disassociate or delete
 * @param outcome succeeded, skipped or failed
 * @param reason why it was skipped or failed, or null
 * @param zoomUserId the user's id at Zoom (of a created user: the id Zoom gave)
 * @param status the user's status at Zoom after the action, when known (null once removed)
 * @param licenseType the user's licence type at Zoom after the action, when known
 * @param zoomError Zoom's refusal of a failed action, or null
 */
public record ActionResult(
        UUID actionId,
        String action,
        String outcome,
        String reason,
        String zoomUserId,
        String email,
        String status,
        Integer licenseType,
        ZoomAnswer zoomError,
        Instant occurredAt) {

    /**
     * What Zoom answered to a failed call.
     *
     * @param status the HTTP status, 0 when Zoom did not answer
     * @param code Zoom's error code, 0 when none
     */
    public record ZoomAnswer(int status, int code, String message) {}
}
