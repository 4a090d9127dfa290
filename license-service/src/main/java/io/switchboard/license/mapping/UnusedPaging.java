package io.switchboard.license.mapping;

import io.switchboard.rest.paging.Cursor;
import java.util.List;

/**
 * Which page of the unused licences: at most {@code limit} users after the position of a cursor (email, then Zoom
 * user id), or from the first.
 */
public record UnusedPaging(int limit, String afterEmail, String afterId) {

    /** Users per page when the caller names no limit. */
    public static final int DEFAULT_LIMIT = 200;

    /** The most users one page holds. */
    public static final int MAX_LIMIT = 1_000;

    /** Parses {@code limit} and {@code cursor}; 400 problem for either when malformed. */
    public static UnusedPaging parse(String limit, String cursor) {
        int size = Cursor.limit(limit, DEFAULT_LIMIT, MAX_LIMIT);
        if (cursor == null || cursor.isBlank()) {
            return new UnusedPaging(size, null, null);
        }
        List<String> position = Cursor.decode(cursor, 2);
        return new UnusedPaging(size, position.get(0), position.get(1));
    }

    /** The cursor of the page that follows a page ending at this user. */
    public static String cursorAfter(String email, String zoomUserId) {
        return Cursor.encode(email == null ? "" : email, zoomUserId);
    }
}
