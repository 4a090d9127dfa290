package io.switchboard.license.mapping;

import io.switchboard.rest.paging.Cursor;
import io.switchboard.rest.problem.ProblemException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A checked listing query of a connection's Zoom users, ordered by email then Zoom user id.
 *
 * @param role a role id or name (case-insensitive), or null
 */
public record ZoomAccountQuery(
        String status, Integer type, String role, String q, int limit, String afterEmail, String afterId) {

    private static final Set<String> STATUSES = Set.of("active", "inactive", "pending");
    private static final Set<String> TYPES = Set.of("1", "2", "3", "4", "99");

    /** Parses the query parameters; 400 problem for any that is malformed. */
    public static ZoomAccountQuery parse(
            String status, String type, String role, String q, String limit, String cursor) {
        if (status != null && !status.isBlank() && !STATUSES.contains(status)) {
            throw ProblemException.badRequest("status must be active, inactive or pending.");
        }
        Integer licenseType = type == null || type.isBlank() ? null : licenseType(type);
        if (q != null && q.length() > 200) {
            throw ProblemException.badRequest("q is longer than 200 characters.");
        }
        if (role != null && role.length() > 200) {
            throw ProblemException.badRequest("role is longer than 200 characters.");
        }
        String afterEmail = null;
        String afterId = null;
        if (cursor != null && !cursor.isBlank()) {
            List<String> position = Cursor.decode(cursor, 2);
            afterEmail = position.get(0);
            afterId = position.get(1);
        }
        String search = q == null || q.isBlank() ? null : q.trim().toLowerCase(Locale.ROOT);
        return new ZoomAccountQuery(
                status == null || status.isBlank() ? null : status,
                licenseType,
                role == null || role.isBlank() ? null : role.trim(),
                search,
                Cursor.limit(limit, 100, 500),
                afterEmail,
                afterId);
    }

    private static Integer licenseType(String type) {
        if (!TYPES.contains(type.trim())) {
            throw ProblemException.badRequest("type must be a Zoom licence type: 1, 2, 3, 4 or 99.");
        }
        return Integer.valueOf(type.trim());
    }
}
