package io.switchboard.zoom.api.model;

import java.util.List;

/** One page of a Zoom list: its items, and the token of the next page ({@code ""} or absent on the last). */
public interface Page<T> {

    List<T> items();

    String nextPageToken();

    /** Whether another page follows. */
    default boolean hasNext() {
        return nextPageToken() != null && !nextPageToken().isEmpty();
    }
}
