package io.switchboard.zoom.api.model;

import java.time.LocalDate;
import java.util.List;

/** One page of the Dashboard's {@code GET /metrics/webinars}. */
public record DashboardWebinarsPage(
        LocalDate from,
        LocalDate to,
        int pageSize,
        int totalRecords,
        String nextPageToken,
        List<DashboardWebinar> webinars)
        implements Page<DashboardWebinar> {

    @Override
    public List<DashboardWebinar> items() {
        return webinars == null ? List.of() : webinars;
    }
}
