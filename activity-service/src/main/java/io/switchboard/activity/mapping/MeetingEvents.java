package io.switchboard.activity.mapping;

import static io.switchboard.activity.mapping.ZoomFields.eventTs;
import static io.switchboard.activity.mapping.ZoomFields.first;
import static io.switchboard.activity.mapping.ZoomFields.required;
import static io.switchboard.activity.mapping.ZoomFields.text;
import static io.switchboard.activity.mapping.ZoomFields.time;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.activity.service.MeetingKind;
import io.switchboard.messaging.consumer.InboundEvent;
import io.switchboard.messaging.consumer.PoisonRecordException;
import java.time.Instant;
import java.util.Set;

/**
 * Reads Zoom's meeting and webinar webhooks ({@code *.started}, {@code *.ended}, {@code *.participant_joined},
 * {@code *.participant_left}) into {@link MeetingFact}s. A record without what it needs can never be applied: it is
 * poison, and dead-lettered with the reason.
 */
public final class MeetingEvents {

    private static final Set<String> ACTIONS = Set.of("started", "ended", "participant_joined", "participant_left");

    private MeetingEvents() {}

    /** Whether this is a type that is read here. */
    public static boolean handles(String type) {
        int dot = type.indexOf('.');
        return dot > 0
                && (type.startsWith("meeting.") || type.startsWith("webinar."))
                && ACTIONS.contains(type.substring(dot + 1));
    }

    public static MeetingFact read(InboundEvent event) {
        String type = event.type();
        MeetingKind kind = type.startsWith("webinar.") ? MeetingKind.WEBINAR : MeetingKind.MEETING;
        JsonNode payload = event.body().path("payload");
        JsonNode object = payload.path("object");
        String account = required(type, text(payload.get("account_id")), "payload.account_id");
        String uuid = required(type, text(object.get("uuid")), "payload.object.uuid");
        // Zoom sends the meeting id as a string in these events and as a number elsewhere: accept both.
        String meetingId = required(type, text(object.get("id")), "payload.object.id");
        MeetingFact.Participant participant = null;
        if (type.endsWith("participant_joined") || type.endsWith("participant_left")) {
            participant = participant(type, object.path("participant"), type.endsWith("participant_joined"));
        }
        return new MeetingFact(
                account,
                kind,
                uuid,
                meetingId,
                text(object.get("host_id")),
                text(object.get("topic")),
                time(type, object.get("start_time")),
                type.endsWith(".ended") ? required(type, time(type, object.get("end_time")), "end_time") : null,
                eventTs(type, event.body().get("event_ts")),
                participant);
    }

    private static MeetingFact.Participant participant(String type, JsonNode participant, boolean joined) {
        if (!participant.isObject()) {
            throw new PoisonRecordException(type + " without payload.object.participant");
        }
        String zoomUserId = text(participant.get("id"));
        // Guests are keyed by Zoom's participant id in the meeting (user_id), which the reports give too.
        String guest = first(text(participant.get("user_id")), text(participant.get("participant_uuid")));
        String name = text(participant.get("user_name"));
        String key = zoomUserId != null
                ? zoomUserId
                : "guest:" + required(type, first(guest, name), "participant.participant_uuid, user_id or user_name");
        Instant at = required(
                type,
                time(type, participant.get(joined ? "join_time" : "leave_time")),
                joined ? "join_time" : "leave_time");
        return new MeetingFact.Participant(
                key, text(participant.get("user_id")), zoomUserId, name, text(participant.get("email")), joined, at);
    }
}
