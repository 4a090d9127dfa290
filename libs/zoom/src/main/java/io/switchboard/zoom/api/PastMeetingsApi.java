package io.switchboard.zoom.api;

import static io.switchboard.zoom.api.http.ZoomPaths.meetingUuid;
import static io.switchboard.zoom.api.http.ZoomPaths.segment;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.switchboard.zoom.api.http.CallerContext;
import io.switchboard.zoom.api.http.Endpoint;
import io.switchboard.zoom.api.http.Pages;
import io.switchboard.zoom.api.http.ZoomCaller;
import io.switchboard.zoom.api.http.ZoomRequest;
import io.switchboard.zoom.api.model.MeetingInstances;
import io.switchboard.zoom.api.model.Participant;
import io.switchboard.zoom.api.model.ParticipantsPage;
import java.util.UUID;

/** Zoom's past meetings for a connection: participants of one meeting instance, and the instances of a meeting id. */
public final class PastMeetingsApi {

    private final ZoomCaller caller;
    private final int pageSize;

    PastMeetingsApi(ZoomCaller caller, int pageSize) {
        this.caller = caller;
        this.pageSize = pageSize;
    }

    /**
     * The participants of the meeting instance {@code meetingUuid} ({@code GET /past_meetings/{uuid}/participants},
     * Medium); the UUID is encoded twice when Zoom's rule says so.
     */
    public Multi<Participant> participants(UUID connectionId, String meetingUuid) {
        return CallerContext.deliver(Pages.items(token -> participantsPage(connectionId, meetingUuid, token)));
    }

    /** One page of the participants of {@code meetingUuid}. */
    public Uni<ParticipantsPage> participantsPage(UUID connectionId, String meetingUuid, String pageToken) {
        ZoomRequest request = ZoomRequest.of(Endpoint.PAST_MEETING_PARTICIPANTS, meetingUuid(meetingUuid))
                .query("page_size", pageSize)
                .query("next_page_token", pageToken);
        return caller.call(connectionId, request, ParticipantsPage.class);
    }

    /** The ended instances of the meeting id {@code meetingId} ({@code GET /past_meetings/{id}/instances}, Medium). */
    public Uni<MeetingInstances> instances(UUID connectionId, long meetingId) {
        ZoomRequest request = ZoomRequest.of(Endpoint.PAST_MEETING_INSTANCES, segment(Long.toString(meetingId)));
        return caller.call(connectionId, request, MeetingInstances.class);
    }
}
