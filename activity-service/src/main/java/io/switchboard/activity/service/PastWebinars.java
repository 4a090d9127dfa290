package io.switchboard.activity.service;

import io.smallrye.mutiny.Uni;
import io.switchboard.activity.mapping.PastActivity;
import io.switchboard.activity.repository.ConnectionRefRepository.ConnectionRef;
import io.switchboard.zoom.api.ZoomApi;
import io.switchboard.zoom.api.error.ZoomBadRequestException;
import io.switchboard.zoom.api.error.ZoomNotFoundException;
import io.switchboard.zoom.api.model.DashboardWebinar;
import io.switchboard.zoom.api.model.Participant;
import io.switchboard.zoom.api.model.ReportMeeting;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * The reconciliation of past webinars: the webinars that ended in a range (the Dashboard's {@code GET
 * /metrics/webinars?type=past}, Resource-intensive), each instance's report for its host ({@code GET
 * /report/webinars/{uuid}}, Heavy) and its participants ({@code GET /past_webinars/{uuid}/participants}), recorded as
 * the same facts webinar webhooks give. Zoom's Dashboard needs a Business plan or above: an account whose plan Zoom
 * refuses it for is not failed for that; the refusal is the run's note.
 */
@ApplicationScoped
public class PastWebinars {

    private final ZoomApi zoom;
    private final MeetingRecorder meetings;

    public PastWebinars(ZoomApi zoom, MeetingRecorder meetings) {
        this.zoom = zoom;
        this.meetings = meetings;
    }

    /**
     * Records the webinars that ended in [range[0], range[1]], calling {@code afterEach} after each one; null, or the
     * note of why Zoom refused the Dashboard's list.
     */
    public Uni<String> record(ConnectionRef connection, LocalDate[] range, Supplier<Uni<Void>> afterEach) {
        return zoom.webinars()
                .past(connection.id(), range[0], range[1])
                .onItem()
                .transformToUniAndConcatenate(webinar -> webinar(connection, webinar)
                        .call(recorded ->
                                recorded ? afterEach.get() : Uni.createFrom().voidItem()))
                .collect()
                .last()
                .replaceWith((String) null)
                .onFailure(ZoomBadRequestException.class)
                .recoverWithItem(refused -> "Webinars not reconciled: " + refused.getMessage());
    }

    /** Records one webinar instance; false when Zoom no longer has it. */
    private Uni<Boolean> webinar(ConnectionRef connection, DashboardWebinar webinar) {
        return zoom.webinars()
                .report(connection.id(), webinar.uuid())
                .onFailure(ZoomNotFoundException.class)
                .recoverWithNull()
                .flatMap(report -> report == null
                        ? Uni.createFrom().item(false)
                        : participants(connection, report)
                                .flatMap(people -> meetings.recordAll(
                                        PastActivity.meeting(connection.zoomAccountId(), report, people)))
                                .replaceWith(true));
    }

    /** The participants Zoom reports; none when Zoom no longer has the instance (404). */
    private Uni<List<Participant>> participants(ConnectionRef connection, ReportMeeting webinar) {
        return zoom.webinars()
                .participants(connection.id(), webinar.uuid())
                .collect()
                .asList()
                .onFailure(ZoomNotFoundException.class)
                .recoverWithItem(List.of());
    }
}
