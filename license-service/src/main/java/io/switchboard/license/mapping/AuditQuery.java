package io.switchboard.license.mapping;

import io.switchboard.rest.paging.Cursor;
import io.switchboard.rest.problem.ProblemException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * A checked page request of the action audit, newest first.
 *
 * @param beforeAt with {@code beforeId}: the last entry of the previous page, or null for the first page
 */
public record AuditQuery(int limit, Instant beforeAt, UUID beforeId) {

    /** Parses the query parameters (limit 1-200, default 50); 400 problem when malformed. */
    public static AuditQuery parse(String limit, String cursor) {
        int size = Cursor.limit(limit, 50, 200);
        if (cursor == null || cursor.isBlank()) {
            return new AuditQuery(size, null, null);
        }
        List<String> position = Cursor.decode(cursor, 2);
        try {
            return new AuditQuery(size, Instant.parse(position.get(0)), UUID.fromString(position.get(1)));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw ProblemException.badRequest("cursor is not a cursor returned by this endpoint.");
        }
    }
}
