package io.switchboard.activity.rest;

import io.switchboard.activity.mapping.ActivityQuery;
import jakarta.ws.rs.QueryParam;

/** The query parameters shared by the organisation stream and a person's timeline. */
public class TimelineParams {

    /** ISO-8601 instant, inclusive. */
    @QueryParam("from")
    String from;

    /** ISO-8601 instant, exclusive. */
    @QueryParam("to")
    String to;

    /** Comma-separated subset of meeting, webinar, phone. */
    @QueryParam("types")
    String types;

    /** Page size, 1 to 200. */
    @QueryParam("limit")
    String limit;

    /** The nextCursor of the previous page. */
    @QueryParam("cursor")
    String cursor;

    /** The checked query, for one person ({@code profileId}) or the whole organisation (null). */
    ActivityQuery query(String profileId) {
        return ActivityQuery.parse(profileId, from, to, types, limit, cursor);
    }
}
