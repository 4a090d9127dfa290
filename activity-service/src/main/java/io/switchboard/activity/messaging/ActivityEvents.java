package io.switchboard.activity.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.activity.service.TimelineEntry;
import io.switchboard.events.ActivityTypes;
import io.switchboard.events.Topics;
import io.switchboard.messaging.OutboxEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/** The records of {@code switchboard.activities}, keyed {@code orgId:profileId}. */
@ApplicationScoped
public class ActivityEvents {

    public static final String SOURCE = "/switchboard/activity-service";

    private final ObjectMapper json;

    public ActivityEvents(ObjectMapper json) {
        this.json = json;
    }

    /**
     * The payload of an entry's event. {@code removed} is true when the entry was folded into another (a late instance
     * joined two logical meetings into one); the other then carries the activity.
     */
    public record ActivityPayload(
            UUID activityId,
            String orgId,
            String profileId,
            UUID connectionId,
            String zoomUserId,
            String type,
            String role,
            String title,
            Instant startedAt,
            Instant endedAt,
            Integer durationSeconds,
            Integer participants,
            Integer minutesPresent,
            String otherParty,
            String result,
            boolean removed) {}

    public OutboxEvent recorded(UUID id, TimelineEntry entry) {
        return event(ActivityTypes.RECORDED, id, entry);
    }

    public OutboxEvent updated(UUID id, TimelineEntry entry) {
        return event(ActivityTypes.UPDATED, id, entry);
    }

    /** An entry folded into another one. */
    public OutboxEvent removed(UUID id, String orgId, String profileId, UUID connectionId) {
        ActivityPayload payload = new ActivityPayload(
                id,
                orgId,
                profileId,
                connectionId,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                true);
        return OutboxEvent.of(
                Topics.ACTIVITIES,
                orgId + ":" + profileId,
                ActivityTypes.UPDATED,
                SOURCE,
                id.toString(),
                write(payload));
    }

    private OutboxEvent event(String type, UUID id, TimelineEntry entry) {
        ActivityPayload payload = new ActivityPayload(
                id,
                entry.orgId(),
                entry.profileId(),
                entry.connectionId(),
                entry.zoomUserId(),
                entry.type(),
                entry.role().wire(),
                entry.title(),
                entry.startedAt(),
                entry.endedAt(),
                entry.durationSeconds(),
                entry.participants(),
                entry.minutesPresent(),
                entry.otherParty(),
                entry.result(),
                false);
        return OutboxEvent.of(
                Topics.ACTIVITIES,
                entry.orgId() + ":" + entry.profileId(),
                type,
                SOURCE,
                id.toString(),
                write(payload));
    }

    private String write(ActivityPayload payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An activity event could not be serialised", e);
        }
    }
}
