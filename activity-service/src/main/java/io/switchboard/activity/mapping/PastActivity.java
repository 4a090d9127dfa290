package io.switchboard.activity.mapping;

import io.switchboard.activity.service.MeetingKind;
import io.switchboard.zoom.api.model.CallRecord;
import io.switchboard.zoom.api.model.Participant;
import io.switchboard.zoom.api.model.ReportMeeting;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Zoom's reports as the same facts its webhooks give: a past meeting is its instance and a join and a leave per
 * participant row; a call of the call history is a {@code history} report. Facts from a report carry event time 0, so
 * that whatever a webhook said of the same instance wins where the two differ; joins and leaves at the same times are
 * the same facts and count once.
 */
public final class PastActivity {

    /** Zoom's meeting types of webinars (5 webinar, 6 recurring without fixed time, 9 recurring with fixed time). */
    private static final Set<Integer> WEBINAR_TYPES = Set.of(5, 6, 9);

    private static final Set<String> ANSWERED = Set.of("answered", "call connected", "connected", "recorded");

    private PastActivity() {}

    /** The facts of a past meeting and its participants. */
    public static List<MeetingFact> meeting(String zoomAccountId, ReportMeeting meeting, List<Participant> people) {
        MeetingKind kind = WEBINAR_TYPES.contains(meeting.type()) ? MeetingKind.WEBINAR : MeetingKind.MEETING;
        String meetingId = Long.toString(meeting.id());
        List<MeetingFact> facts = new ArrayList<>();
        facts.add(new MeetingFact(
                zoomAccountId,
                kind,
                meeting.uuid(),
                meetingId,
                meeting.hostId(),
                meeting.topic(),
                meeting.startTime(),
                meeting.endTime(),
                0,
                null));
        for (Participant person : people) {
            String zoomUserId = blank(person.id()) ? null : person.id();
            String guest = ZoomFields.first(blankToNull(person.userId()), blankToNull(person.name()));
            if (zoomUserId == null && guest == null) {
                continue;
            }
            String key = zoomUserId != null ? zoomUserId : "guest:" + guest;
            if (person.joinTime() != null) {
                facts.add(mark(zoomAccountId, kind, meeting, meetingId, person, key, zoomUserId, true));
            }
            if (person.leaveTime() != null) {
                facts.add(mark(zoomAccountId, kind, meeting, meetingId, person, key, zoomUserId, false));
            }
        }
        return facts;
    }

    /** A call of the call history as a report of its user's side. */
    public static PhoneReport call(String zoomAccountId, CallRecord call) {
        boolean outbound = "outbound".equalsIgnoreCase(call.direction());
        String result = ZoomFields.first(blankToNull(call.callResult()), blankToNull(call.result()));
        boolean answered =
                call.answerTime() != null || (result != null && ANSWERED.contains(result.toLowerCase(Locale.ROOT)));
        String other = outbound
                ? ZoomFields.first(
                        blankToNull(call.calleeName()),
                        blankToNull(call.calleeDidNumber()),
                        blankToNull(call.calleeNumber()),
                        blankToNull(call.calleeExtNumber()))
                : ZoomFields.first(
                        blankToNull(call.callerName()),
                        blankToNull(call.callerDidNumber()),
                        blankToNull(call.callerExtNumber()));
        return new PhoneReport(
                zoomAccountId,
                call.callId(),
                call.userId(),
                "history",
                call.id(),
                outbound,
                answered,
                result,
                call.startTime(),
                call.answerTime(),
                call.endTime(),
                call.duration(),
                other,
                0);
    }

    private static MeetingFact mark(
            String zoomAccountId,
            MeetingKind kind,
            ReportMeeting meeting,
            String meetingId,
            Participant person,
            String key,
            String zoomUserId,
            boolean joined) {
        return new MeetingFact(
                zoomAccountId,
                kind,
                meeting.uuid(),
                meetingId,
                meeting.hostId(),
                meeting.topic(),
                meeting.startTime(),
                null,
                0,
                new MeetingFact.Participant(
                        key,
                        blankToNull(person.userId()),
                        zoomUserId,
                        person.name(),
                        blankToNull(person.userEmail()),
                        joined,
                        joined ? person.joinTime() : person.leaveTime()));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return blank(value) ? null : value;
    }
}
