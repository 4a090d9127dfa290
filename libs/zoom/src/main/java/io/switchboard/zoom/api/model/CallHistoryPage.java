package io.switchboard.zoom.api.model;

import java.time.LocalDate;
import java.util.List;

/** One page of {@code GET /phone/call_history}: {@code call_history}, or the deprecated {@code call_logs}. */
public record CallHistoryPage(
        LocalDate from,
        LocalDate to,
        int pageSize,
        int totalRecords,
        String nextPageToken,
        List<CallRecord> callHistory,
        List<CallRecord> callLogs)
        implements Page<CallRecord> {

    @Override
    public List<CallRecord> items() {
        if (callHistory != null && !callHistory.isEmpty()) {
            return callHistory;
        }
        return callLogs == null ? List.of() : callLogs;
    }
}
