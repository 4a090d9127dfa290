package io.switchboard.activity.mapping;

import io.switchboard.activity.service.MeetingKind;
import java.time.Instant;

/**
 * What one of Zoom's meeting or webinar webhooks says about an instance, and about a participant when it is a join or
 * a leave.
 *
 * @param eventTs Zoom's {@code event_ts} (epoch ms): the newest wins for the instance's state
 */
public record MeetingFact(
        String zoomAccountId,
        MeetingKind kind,
        String uuid,
        String meetingId,
        String hostZoomUserId,
        String topic,
        Instant startedAt,
        Instant endedAt,
        long eventTs,
        Participant participant) {

    /** The same fact without its topic (the organisation does not let topics be stored). */
    public MeetingFact withoutTopic() {
        return new MeetingFact(
                zoomAccountId, kind, uuid, meetingId, hostZoomUserId, null, startedAt, endedAt, eventTs, participant);
    }

    /**
     * A join or a leave.
     *
     * @param key the Zoom user id of an internal participant, else {@code guest:} and Zoom's id of the participant
     * @param sessionId Zoom's id of this stay ({@code participant.user_id}), or null
     * @param zoomUserId the participant's Zoom user id when they are a user of the account, else null
     */
    public record Participant(
            String key, String sessionId, String zoomUserId, String name, String email, boolean joined, Instant at) {}
}
