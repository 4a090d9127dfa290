package io.switchboard.messaging;

import io.switchboard.kafka.CloudEvent;
import io.vertx.mutiny.sqlclient.Row;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

/** One unpublished outbox row, as the relay claims it. */
record OutboxRow(long seq, CloudEvent event, String topic, String key, String payload) {

    static OutboxRow of(Row row) {
        Instant created = row.getOffsetDateTime("created_at").toInstant();
        CloudEvent event = new CloudEvent(
                row.getUUID("id").toString(),
                row.getString("type"),
                row.getString("source"),
                row.getString("subject"),
                created);
        return new OutboxRow(
                row.getLong("seq"),
                event,
                row.getString("topic"),
                row.getString("record_key"),
                row.getString("payload"));
    }

    /** Rows of one ordering key: events of the same topic and key are published in {@code seq} order. */
    String orderingKey() {
        return topic + '\u0000' + key;
    }

    ProducerRecord<String, byte[]> toRecord() {
        byte[] value = payload == null ? null : payload.getBytes(StandardCharsets.UTF_8);
        return new ProducerRecord<>(topic, null, key, value, event.writeTo(new RecordHeaders()));
    }
}
