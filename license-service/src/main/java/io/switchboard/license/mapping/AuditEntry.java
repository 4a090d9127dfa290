package io.switchboard.license.mapping;

import io.switchboard.rest.paging.Cursor;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One audited user action: who (the caller's JWT subject), when, what, on whom, and Zoom's answer.
 *
 * @param outcome succeeded, skipped or failed
 * @param zoomStatus the HTTP status of Zoom's refusal, or null
 * @param reclaimId the reclaim run the action belonged to, or null
 */
public record AuditEntry(
        @Schema(examples = "5a7e3c1d-2b4f-4d6a-9e8c-1f3b5d7a9c20")
        UUID actionId,

        @Schema(examples = "3f2c1e9a-8d4b-4c1e-9f7a-2b6d5e8c1a00")
        UUID connectionId,

        @Schema(examples = "KDcuGIm1QgePTO8WbOqwIQ") String zoomUserId,
        @Schema(examples = "grace@acme.example") String email,
        @Schema(examples = "change_license") String action,
        String detail,
        String outcome,
        Integer zoomStatus,
        Integer zoomCode,
        String zoomMessage,

        @Schema(description = "The JWT subject who asked", examples = "admin@acme")
        String actor,

        String idempotencyKey,
        UUID reclaimId,
        Instant createdAt) {

    /** The cursor that continues after this entry (newest first). */
    public String cursor() {
        return Cursor.encode(createdAt.toString(), actionId.toString());
    }
}
