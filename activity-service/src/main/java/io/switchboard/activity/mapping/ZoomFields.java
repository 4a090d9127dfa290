package io.switchboard.activity.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.messaging.consumer.PoisonRecordException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Reading the fields of Zoom's webhooks: a field that is required and missing, or unreadable, makes the record poison. */
final class ZoomFields {

    private ZoomFields() {}

    /** Zoom's {@code event_ts} (epoch ms), a number or a numeric string. */
    static long eventTs(String type, JsonNode ts) {
        if (ts == null || !(ts.isNumber() || ts.isTextual())) {
            throw new PoisonRecordException(type + " without event_ts");
        }
        try {
            return ts.isNumber() ? ts.asLong() : Long.parseLong(ts.asText().trim());
        } catch (NumberFormatException e) {
            throw new PoisonRecordException(type + " with an unreadable event_ts", e);
        }
    }

    /** An ISO-8601 instant, or null when absent or blank. */
    static Instant time(String type, JsonNode node) {
        String value = text(node);
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new PoisonRecordException(type + " with an unreadable time: " + value, e);
        }
    }

    static <T> T required(String type, T value, String field) {
        if (value == null) {
            throw new PoisonRecordException(type + " without " + field);
        }
        return value;
    }

    /** The first value that is not null. */
    @SafeVarargs
    static <T> T first(T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** A scalar as text, or null when absent, not a scalar, or blank. */
    static String text(JsonNode node) {
        return node == null || !node.isValueNode() || node.asText().isBlank() ? null : node.asText();
    }
}
