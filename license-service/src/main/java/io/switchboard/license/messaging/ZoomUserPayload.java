package io.switchboard.license.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.license.repository.ZoomUserRecord;
import io.switchboard.messaging.consumer.InboundEvent;
import io.switchboard.messaging.consumer.PoisonRecordException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a {@code switchboard.zoom-users} record: {@code {orgId, connectionId, zoomUserId, email, status, user}} where
 * {@code user} is Zoom's own record (snake_case). A record without its organisation, of an unknown status or without
 * a licence type can never be stored: poison.
 */
final class ZoomUserPayload {

    private static final Set<String> STATUSES = Set.of("active", "inactive", "pending");

    private ZoomUserPayload() {}

    static ZoomUserRecord read(InboundEvent event, InboundEvent.ConnectionUserKey key) {
        JsonNode body = event.body();
        JsonNode user = body.path("user");
        String status = body.path("status").asText(user.path("status").asText(""));
        if (!STATUSES.contains(status)) {
            throw new PoisonRecordException(event.type() + " with status '" + status + "'");
        }
        JsonNode type = user.path("type");
        if (!type.canConvertToInt()) {
            throw new PoisonRecordException(event.type() + " without a numeric licence type");
        }
        return new ZoomUserRecord(
                key.connectionId(),
                key.zoomUserId(),
                event.requiredText("/orgId"),
                text(body.path("email"), user.path("email")),
                text(user.path("first_name")),
                text(user.path("last_name")),
                type.asInt(),
                status,
                text(user.path("role_id")),
                text(user.path("last_client_version")),
                time(event, user.path("last_login_time")),
                time(
                        event,
                        user.hasNonNull("user_created_at") ? user.path("user_created_at") : user.path("created_at")),
                user.path("verified").asInt(0) == 1 || user.path("verified").asBoolean(false),
                groups(user.path("group_ids")));
    }

    private static String text(JsonNode... candidates) {
        for (JsonNode node : candidates) {
            if (node.isValueNode() && !node.isNull() && !node.asText().isBlank()) {
                return node.asText();
            }
        }
        return null;
    }

    static Instant time(InboundEvent event, JsonNode node) {
        String value = text(node);
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new PoisonRecordException(event.type() + " with a time that is not ISO-8601: " + value, e);
        }
    }

    private static List<String> groups(JsonNode node) {
        List<String> groups = new ArrayList<>();
        node.forEach(group -> groups.add(group.asText()));
        return groups;
    }
}
