package io.switchboard.messaging.consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.events.Topics;
import io.switchboard.kafka.CloudEvent;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * One consumed record with its CloudEvents attributes, as a consumer's effect sees it.
 *
 * @param event the CloudEvents attributes ({@code ce_id} is the dedupe key)
 * @param topic where the record was read
 * @param partition its partition
 * @param offset its offset
 * @param key the record key
 * @param value the JSON data, or null for a tombstone
 */
public record InboundEvent(CloudEvent event, String topic, int partition, long offset, String key, String value) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads {@code record}; a record without {@code ce_id} or {@code ce_type}, or of a type its topic does not carry, is poison. */
    public static InboundEvent of(ConsumerRecord<String, String> record) {
        CloudEvent event;
        try {
            event = CloudEvent.read(record.headers());
        } catch (IllegalArgumentException e) {
            throw new PoisonRecordException(e.getMessage(), e);
        }
        if (!Topics.carries(record.topic(), event.type())) {
            throw new PoisonRecordException(
                    "event type " + event.type() + " does not belong on topic " + record.topic());
        }
        return new InboundEvent(
                event, record.topic(), record.partition(), record.offset(), record.key(), record.value());
    }

    /** {@code ce_id}. */
    public String id() {
        return event.id();
    }

    /** {@code ce_type}. */
    public String type() {
        return event.type();
    }

    /** The value parsed as JSON; poison when it is absent or not JSON. */
    public JsonNode body() {
        if (value == null) {
            throw new PoisonRecordException(type() + " without a body");
        }
        try {
            return JSON.readTree(value);
        } catch (JsonProcessingException e) {
            throw new PoisonRecordException(type() + " body is not JSON", e);
        }
    }

    /** The value read as {@code type}; poison when it is absent or does not fit. */
    public <T> T read(Class<T> type) {
        if (value == null) {
            throw new PoisonRecordException(type() + " without a body");
        }
        try {
            return JSON.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new PoisonRecordException(type() + " body does not read as " + type.getSimpleName(), e);
        }
    }

    /** The text at {@code pointer} (a JSON pointer such as {@code /payload/account_id}); poison when absent or blank. */
    public String requiredText(String pointer) {
        JsonNode node = body().at(pointer);
        if (!node.isValueNode() || node.asText().isBlank()) {
            throw new PoisonRecordException(type() + " without " + pointer);
        }
        return node.asText();
    }

    /** The boolean at {@code pointer}; poison when absent or not a JSON boolean. */
    public boolean requiredBoolean(String pointer) {
        JsonNode node = body().at(pointer);
        if (!node.isBoolean()) {
            throw new PoisonRecordException(type() + " without a boolean " + pointer);
        }
        return node.booleanValue();
    }

    /** The UUID at {@code pointer} (such as {@code /connectionId}); poison when absent or not a UUID. */
    public UUID requiredUuid(String pointer) {
        String text = requiredText(pointer);
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new PoisonRecordException(type() + " with " + pointer + " that is not a UUID", e);
        }
    }

    /**
     * The record key {@code connectionId:zoomUserId} of the directory topics ({@code switchboard.zoom-users},
     * {@code switchboard.mappings}); poison when it is not one.
     */
    public ConnectionUserKey connectionUserKey() {
        int colon = key == null ? -1 : key.indexOf(':');
        if (colon < 0 || colon == key.length() - 1) {
            throw new PoisonRecordException(type() + " with a key that is not connectionId:zoomUserId");
        }
        try {
            return new ConnectionUserKey(UUID.fromString(key.substring(0, colon)), key.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            throw new PoisonRecordException(type() + " with a key whose connection id is not a UUID", e);
        }
    }

    /** A Zoom user of a connection, as the directory topics key it. */
    public record ConnectionUserKey(UUID connectionId, String zoomUserId) {}
}
