package io.switchboard.zoom.api.model;

import java.util.List;

/** One page of {@code GET /users}. */
public record UserPage(int pageSize, int totalRecords, String nextPageToken, List<ZoomUser> users)
        implements Page<ZoomUser> {

    @Override
    public List<ZoomUser> items() {
        return users == null ? List.of() : users;
    }
}
