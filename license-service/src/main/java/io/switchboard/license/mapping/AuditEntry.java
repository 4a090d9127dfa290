package io.switchboard.license.mapping;

import io.switchboard.rest.paging.Cursor;
import java.time.Instant;
import java.util.UUID;

/**
 * One audited user action: who (the caller's JWT subject), when, what, on whom, and Zoom's answer.
 *
 * @param outcome succeeded, skipped or failed
 * @param zoomStatus the HTTP status of Zoom's refusal, or null
 * @param reclaimId the reclaim run the action belonged to, or null
 */
public record AuditEntry(
        UUID actionId,
        UUID connectionId,
        String zoomUserId,
        String email,
        String action,
        String detail,
        String outcome,
        Integer zoomStatus,
        Integer zoomCode,
        String zoomMessage,
        String actor,
        String idempotencyKey,
        UUID reclaimId,
        Instant createdAt) {

    /** The cursor that continues after this entry (newest first). */
    public String cursor() {
        return Cursor.encode(createdAt.toString(), actionId.toString());
    }
}
