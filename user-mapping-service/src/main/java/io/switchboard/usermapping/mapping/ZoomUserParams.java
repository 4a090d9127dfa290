package io.switchboard.usermapping.mapping;

import io.switchboard.domain.DomainException;
import io.switchboard.rest.paging.Cursor;
import io.switchboard.usermapping.repository.DirectoryQueries.UserFilter;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query of the Users tab: {@code mapped}, {@code reason}, {@code q}, {@code limit}, {@code cursor}. */
public class ZoomUserParams {

    /** {@code true} or {@code false}; all users when absent. */
    @QueryParam("mapped")
    @Parameter(description = "true or false; all users when absent", example = "false")
    String mapped;

    /** One unmatched reason (no_profile, ambiguous_profiles, ...). */
    @QueryParam("reason")
    @Parameter(
            description = "One unmatched reason: no_profile, ambiguous_profiles, profile_claimed_twice, no_email,"
                    + " pending, disabled_by_admin",
            example = "no_profile")
    String reason;

    /** Part of an email, a name or a Zoom user id. */
    @QueryParam("q")
    @Parameter(description = "Part of an email, a name or a Zoom user id", example = "grace")
    String q;

    /** Page size, 1 to 500. */
    @QueryParam("limit")
    @Parameter(description = "Page size, 1 to 500", example = "100")
    String limit;

    /** The nextCursor of the previous page. */
    @QueryParam("cursor")
    @Parameter(description = "The nextCursor of the previous page")
    String cursor;

    /** The checked filter; fetches one row more than the page to tell whether another follows. */
    public UserFilter filter() {
        int size = Cursor.limit(limit, 100, 500);
        return new UserFilter(mapped(), reason(), q == null || q.isBlank() ? null : q.trim(), after(), size + 1);
    }

    private Boolean mapped() {
        if (mapped == null || mapped.isBlank()) {
            return null;
        }
        if (!mapped.equals("true") && !mapped.equals("false")) {
            throw DomainException.invalid("mapped must be true or false.");
        }
        return Boolean.valueOf(mapped);
    }

    private String reason() {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        try {
            return MatchReason.fromWire(reason.trim()).wire();
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("reason must be one of no_profile, ambiguous_profiles, profile_claimed_twice,"
                    + " no_email, pending, disabled_by_admin.");
        }
    }

    private String after() {
        return cursor == null || cursor.isBlank()
                ? null
                : Cursor.decode(cursor, 1).get(0);
    }
}
