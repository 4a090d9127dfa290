package io.switchboard.zoom.api;

import static io.switchboard.zoom.api.http.ZoomPaths.meetingUuid;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.switchboard.zoom.api.http.CallerContext;
import io.switchboard.zoom.api.http.Endpoint;
import io.switchboard.zoom.api.http.Pages;
import io.switchboard.zoom.api.http.ZoomCaller;
import io.switchboard.zoom.api.http.ZoomRequest;
import io.switchboard.zoom.api.model.DashboardWebinar;
import io.switchboard.zoom.api.model.DashboardWebinarsPage;
import io.switchboard.zoom.api.model.Participant;
import io.switchboard.zoom.api.model.ParticipantsPage;
import io.switchboard.zoom.api.model.ReportMeeting;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Zoom's past webinars for a connection: the account's ended webinars (the Dashboard, Resource-intensive, ranges of at
 * most a month), one instance's details with its host (a report, Heavy) and its participants (Medium). Webinar
 * instance UUIDs are encoded twice when Zoom's rule says so, as meeting UUIDs are.
 */
public final class WebinarsApi {

    private final ZoomCaller caller;
    private final int pageSize;

    WebinarsApi(ZoomCaller caller, int pageSize) {
        this.caller = caller;
        this.pageSize = pageSize;
    }

    /** The webinars that ended from {@code from} to {@code to} ({@code GET /metrics/webinars?type=past}). */
    public Multi<DashboardWebinar> past(UUID connectionId, LocalDate from, LocalDate to) {
        return CallerContext.deliver(Pages.items(token -> pastPage(connectionId, from, to, token)));
    }

    /** One page of {@code GET /metrics/webinars?type=past}. */
    public Uni<DashboardWebinarsPage> pastPage(UUID connectionId, LocalDate from, LocalDate to, String pageToken) {
        ZoomRequest request = ZoomRequest.of(Endpoint.DASHBOARD_WEBINARS)
                .query("type", "past")
                .query("from", from)
                .query("to", to)
                .query("page_size", pageSize)
                .query("next_page_token", pageToken);
        return caller.call(connectionId, request, DashboardWebinarsPage.class);
    }

    /** One webinar instance with its host, as Zoom's report gives it ({@code GET /report/webinars/{uuid}}). */
    public Uni<ReportMeeting> report(UUID connectionId, String webinarUuid) {
        return caller.call(
                connectionId, ZoomRequest.of(Endpoint.REPORT_WEBINAR, meetingUuid(webinarUuid)), ReportMeeting.class);
    }

    /** The participants of one webinar instance ({@code GET /past_webinars/{uuid}/participants}). */
    public Multi<Participant> participants(UUID connectionId, String webinarUuid) {
        return CallerContext.deliver(Pages.items(token -> participantsPage(connectionId, webinarUuid, token)));
    }

    /** One page of the participants of {@code webinarUuid}. */
    public Uni<ParticipantsPage> participantsPage(UUID connectionId, String webinarUuid, String pageToken) {
        ZoomRequest request = ZoomRequest.of(Endpoint.PAST_WEBINAR_PARTICIPANTS, meetingUuid(webinarUuid))
                .query("page_size", pageSize)
                .query("next_page_token", pageToken);
        return caller.call(connectionId, request, ParticipantsPage.class);
    }
}
