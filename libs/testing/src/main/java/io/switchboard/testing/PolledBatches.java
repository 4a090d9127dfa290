package io.switchboard.testing;

import io.switchboard.events.CloudEventHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;

/**
 * Polled batches built by hand, to hand a batch consumer exactly the records a test wants in exactly that order (a
 * real poll may split or merge them).
 */
public final class PolledBatches {

    private static final AtomicLong OFFSETS = new AtomicLong();

    private PolledBatches() {}

    /** A record of partition 0 of {@code topic} with the CloudEvent headers {@code ce_id} and {@code ce_type}. */
    public static ConsumerRecord<String, String> record(
            String topic, String key, String eventId, String type, String value) {
        var record = new ConsumerRecord<>(topic, 0, OFFSETS.incrementAndGet(), key, value);
        record.headers().add(CloudEventHeaders.ID, eventId.getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.TYPE, type.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    /** One poll that returned {@code records}, in this order, from partition 0 of {@code topic}. */
    public static ConsumerRecords<String, String> of(String topic, List<ConsumerRecord<String, String>> records) {
        return new ConsumerRecords<>(Map.of(new TopicPartition(topic, 0), records), Map.of());
    }
}
