package io.switchboard.activity.mapping;

import io.switchboard.rest.paging.Cursor;
import io.switchboard.rest.problem.ProblemException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A checked timeline query: the filters and the position after which the page starts.
 *
 * @param profileId only this person's entries, or null for the whole organisation
 */
public record ActivityQuery(
        String profileId,
        Instant from,
        Instant to,
        List<String> types,
        int limit,
        Instant afterStartedAt,
        UUID afterId) {

    /** The activity types. */
    public static final Set<String> TYPES = Set.of("meeting", "webinar", "phone");

    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 200;

    /** Parses the query parameters; 400 problem for any that is malformed. */
    public static ActivityQuery parse(
            String profileId, String from, String to, String types, String limit, String cursor) {
        Instant fromInstant = instant("from", from);
        Instant toInstant = instant("to", to);
        if (fromInstant != null && toInstant != null && !fromInstant.isBefore(toInstant)) {
            throw ProblemException.badRequest("from must be before to.");
        }
        List<String> typeList = types == null || types.isBlank()
                ? List.copyOf(TYPES)
                : Arrays.stream(types.split(",")).map(String::trim).distinct().toList();
        if (!TYPES.containsAll(typeList)) {
            throw ProblemException.badRequest("types may only list meeting, webinar and phone.");
        }
        Instant afterStartedAt = null;
        UUID afterId = null;
        if (cursor != null && !cursor.isBlank()) {
            List<String> position = Cursor.decode(cursor, 2);
            try {
                afterStartedAt = Instant.parse(position.get(0));
                afterId = UUID.fromString(position.get(1));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw ProblemException.badRequest("cursor is not a cursor returned by this endpoint.");
            }
        }
        return new ActivityQuery(
                profileId,
                fromInstant,
                toInstant,
                typeList,
                Cursor.limit(limit, DEFAULT_LIMIT, MAX_LIMIT),
                afterStartedAt,
                afterId);
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name + " must be an ISO-8601 instant such as 2026-11-22T10:00:00Z.");
        }
    }
}
