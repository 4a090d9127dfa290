package io.switchboard.zoom.api.model;

import java.time.LocalDate;
import java.util.List;

/** One page of {@code GET /report/users}. */
public record ReportUsersPage(
        LocalDate from,
        LocalDate to,
        int pageSize,
        int totalRecords,
        String nextPageToken,
        Integer totalMeetings,
        Integer totalParticipants,
        Integer totalMeetingMinutes,
        List<ReportUser> users)
        implements Page<ReportUser> {

    @Override
    public List<ReportUser> items() {
        return users == null ? List.of() : users;
    }
}
