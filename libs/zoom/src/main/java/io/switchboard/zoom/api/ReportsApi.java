package io.switchboard.zoom.api;

import static io.switchboard.zoom.api.http.ZoomPaths.segment;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.switchboard.zoom.api.http.CallerContext;
import io.switchboard.zoom.api.http.Endpoint;
import io.switchboard.zoom.api.http.Pages;
import io.switchboard.zoom.api.http.ZoomCaller;
import io.switchboard.zoom.api.http.ZoomRequest;
import io.switchboard.zoom.api.model.ReportMeeting;
import io.switchboard.zoom.api.model.ReportMeetingsPage;
import io.switchboard.zoom.api.model.ReportUser;
import io.switchboard.zoom.api.model.ReportUsersPage;
import java.time.LocalDate;
import java.util.UUID;

/** Zoom's reports for a connection (Heavy: they count against the daily cap). Ranges are at most a month. */
public final class ReportsApi {

    private final ZoomCaller caller;
    private final int pageSize;

    ReportsApi(ZoomCaller caller, int pageSize) {
        this.caller = caller;
        this.pageSize = pageSize;
    }

    /** Active hosts with their meetings, participants and minutes from {@code from} to {@code to}. */
    public Multi<ReportUser> users(UUID connectionId, LocalDate from, LocalDate to) {
        return CallerContext.deliver(Pages.items(token -> usersPage(connectionId, from, to, token)));
    }

    /** One page of {@code GET /report/users}. */
    public Uni<ReportUsersPage> usersPage(UUID connectionId, LocalDate from, LocalDate to, String pageToken) {
        ZoomRequest request = ranged(ZoomRequest.of(Endpoint.REPORT_USERS), from, to, pageToken);
        return caller.call(connectionId, request, ReportUsersPage.class);
    }

    /** The past meetings a host ran from {@code from} to {@code to} ({@code GET /report/users/{userId}/meetings}). */
    public Multi<ReportMeeting> meetings(UUID connectionId, String userId, LocalDate from, LocalDate to) {
        return CallerContext.deliver(Pages.items(token -> meetingsPage(connectionId, userId, from, to, token)));
    }

    /** One page of {@code GET /report/users/{userId}/meetings}. */
    public Uni<ReportMeetingsPage> meetingsPage(
            UUID connectionId, String userId, LocalDate from, LocalDate to, String pageToken) {
        ZoomRequest request =
                ranged(ZoomRequest.of(Endpoint.REPORT_USER_MEETINGS, segment(userId)), from, to, pageToken);
        return caller.call(connectionId, request, ReportMeetingsPage.class);
    }

    private ZoomRequest ranged(ZoomRequest request, LocalDate from, LocalDate to, String pageToken) {
        return request.query("from", from)
                .query("to", to)
                .query("page_size", pageSize)
                .query("next_page_token", pageToken);
    }
}
