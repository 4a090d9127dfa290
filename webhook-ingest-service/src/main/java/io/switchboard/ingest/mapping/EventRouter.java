package io.switchboard.ingest.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.events.Topics;
import java.time.Instant;

/**
 * Routes a verified Zoom event to its topic and key (DESIGN.md section 2). Nothing is dropped: an event of a
 * family Switchboard does not know goes to {@code zoom.unrouted}.
 */
public final class EventRouter {

    private static final String UNKNOWN = "unknown";

    private EventRouter() {}

    /** The route of {@code event}, a parsed Zoom webhook body; {@code received} stands in for a missing event_ts. */
    public static Route route(JsonNode event, Instant received) {
        String type = text(event.get("event"));
        JsonNode payload = event.path("payload");
        JsonNode object = payload.path("object");
        String account = text(payload.get("account_id"));
        String accountKey = account == null ? UNKNOWN : account;
        Instant time = eventTime(event, payload, received);
        String eventType = type == null ? UNKNOWN : type;
        String family = eventType.contains(".") ? eventType.substring(0, eventType.indexOf('.')) : eventType;
        return switch (family) {
            case "meeting" -> new Route(Topics.ZOOM_MEETING, meetingKey(object, accountKey), eventType, account, time);
            case "webinar" -> new Route(Topics.ZOOM_WEBINAR, meetingKey(object, accountKey), eventType, account, time);
            case "recording" ->
                new Route(Topics.ZOOM_RECORDING, meetingKey(object, accountKey), eventType, account, time);
            case "phone" -> new Route(Topics.ZOOM_PHONE, callKey(object, accountKey), eventType, account, time);
            case "user" ->
                new Route(Topics.ZOOM_USER, accountKey + ":" + userId(object, payload), eventType, account, time);
            case "app_deauthorized", "account" -> new Route(Topics.ZOOM_APP, accountKey, eventType, account, time);
            default -> new Route(Topics.ZOOM_UNROUTED, accountKey, eventType, account, time);
        };
    }

    /** The meeting (or webinar) uuid; Zoom's numeric or string id when an event carries no uuid. */
    private static String meetingKey(JsonNode object, String fallback) {
        String uuid = text(object.get("uuid"));
        if (uuid != null) {
            return uuid;
        }
        String id = text(object.get("id"));
        return id != null ? id : fallback;
    }

    /** The call id, also inside v2 call_logs[] and v3 call_elements[] history events. */
    private static String callKey(JsonNode object, String fallback) {
        String callId = text(object.get("call_id"));
        if (callId != null) {
            return callId;
        }
        for (String list : new String[] {"call_elements", "call_logs"}) {
            JsonNode first = object.path(list).path(0);
            String nested = text(first.get("call_id"));
            if (nested != null) {
                return nested;
            }
        }
        return fallback;
    }

    private static String userId(JsonNode object, JsonNode payload) {
        String id = text(object.get("id"));
        if (id == null) {
            id = text(payload.get("user_id"));
        }
        return id == null ? UNKNOWN : id;
    }

    /** Zoom's event_ts (epoch ms, a number or a string, at the top or, for app_deauthorized, inside payload). */
    private static Instant eventTime(JsonNode event, JsonNode payload, Instant received) {
        for (JsonNode candidate : new JsonNode[] {event.get("event_ts"), payload.get("event_ts")}) {
            if (candidate != null && (candidate.isNumber() || candidate.isTextual())) {
                try {
                    long millis = candidate.isNumber()
                            ? candidate.asLong()
                            : Long.parseLong(candidate.asText().trim());
                    if (millis > 0) {
                        return Instant.ofEpochMilli(millis);
                    }
                } catch (NumberFormatException e) {
                    // Not a number: fall through to the arrival time.
                }
            }
        }
        return received;
    }

    /** A scalar as text (numbers too, since Zoom sends some ids as numbers); null for absent, null or blank. */
    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isContainerNode()) {
            return null;
        }
        String value = node.asText();
        return value.isBlank() ? null : value;
    }
}
