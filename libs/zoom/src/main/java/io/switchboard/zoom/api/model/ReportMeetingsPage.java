package io.switchboard.zoom.api.model;

import java.time.LocalDate;
import java.util.List;

/** One page of {@code GET /report/users/{userId}/meetings}. */
public record ReportMeetingsPage(
        LocalDate from,
        LocalDate to,
        int pageSize,
        int totalRecords,
        String nextPageToken,
        List<ReportMeeting> meetings)
        implements Page<ReportMeeting> {

    @Override
    public List<ReportMeeting> items() {
        return meetings == null ? List.of() : meetings;
    }
}
