package io.switchboard.messaging;

import java.util.Objects;
import java.util.UUID;

/**
 * An event to publish once the transaction that wrote it commits.
 *
 * @param id the CloudEvent id ({@code ce_id}), the consumers' dedupe key
 * @param topic the Kafka topic
 * @param key the record key
 * @param type the CloudEvent type
 * @param source the CloudEvent source, for example {@code /switchboard/connection-service}
 * @param subject the CloudEvent subject, or null
 * @param payload the JSON data, or null for a tombstone
 */
public record OutboxEvent(
        UUID id, String topic, String key, String type, String source, String subject, String payload) {

    public OutboxEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
    }

    /** An event with a fresh id. */
    public static OutboxEvent of(String topic, String key, String type, String source, String subject, String payload) {
        return new OutboxEvent(UUID.randomUUID(), topic, key, type, source, subject, payload);
    }
}
