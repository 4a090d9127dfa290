package io.switchboard.activity.rest;

import io.switchboard.activity.mapping.ActivityQuery;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters shared by the organisation stream and a person's timeline. */
public class TimelineParams {

    /** ISO-8601 instant, inclusive. */
    @QueryParam("from")
    @Parameter(description = "ISO-8601 instant, inclusive", example = "2026-03-01T00:00:00Z")
    String from;

    /** ISO-8601 instant, exclusive. */
    @QueryParam("to")
    @Parameter(description = "ISO-8601 instant, exclusive", example = "2026-04-01T00:00:00Z")
    String to;

    /** Comma-separated subset of meeting, webinar, phone. */
    @QueryParam("types")
    @Parameter(description = "Comma-separated subset of meeting, webinar, phone", example = "meeting,webinar")
    String types;

    /** Page size, 1 to 200. */
    @QueryParam("limit")
    @Parameter(description = "Page size, 1 to 200", example = "50")
    String limit;

    /** The nextCursor of the previous page. */
    @QueryParam("cursor")
    @Parameter(description = "The nextCursor of the previous page")
    String cursor;

    /** The checked query, for one person ({@code profileId}) or the whole organisation (null). */
    ActivityQuery query(String profileId) {
        return ActivityQuery.parse(profileId, from, to, types, limit, cursor);
    }
}
