package io.switchboard.license.mapping;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
        @Schema(examples = "5a7e3c1d-2b4f-4d6a-9e8c-1f3b5d7a9c20")
        UUID actionId,

        @Schema(
                enumeration = {"create", "deactivate", "activate", "change_license", "disassociate", "delete"},
                examples = "change_license")
        String action,

        @Schema(
                enumeration = {"succeeded", "skipped", "failed"},
                examples = "succeeded")
        String outcome,

        String reason,
        @Schema(examples = "KDcuGIm1QgePTO8WbOqwIQ") String zoomUserId,
        @Schema(examples = "grace@acme.example") String email,
        @Schema(examples = "active") String status,
        @Schema(examples = "1") Integer licenseType,
        ZoomAnswer zoomError,
        @Schema(examples = "2026-03-02T10:00:00Z") Instant occurredAt) {

    /**
     * What Zoom answered to a failed call.
     *
     * @param status the HTTP status, 0 when Zoom did not answer
     * @param code Zoom's error code, 0 when none
     */
    public record ZoomAnswer(
            @Schema(examples = "400") int status,
            @Schema(examples = "1001") int code,

            @Schema(examples = "User does not exist: KDcuGIm1QgePTO8WbOqwIQ.")
            String message) {}
}
