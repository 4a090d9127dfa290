package io.switchboard.messaging.consumer;

import io.smallrye.mutiny.Uni;
import io.switchboard.events.CloudEventHeaders;
import io.switchboard.events.Topics;
import io.switchboard.kafka.CloudEvent;
import io.switchboard.kafka.RecordSender;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes a poison record to {@code <topic>.dlq}: the same key, value and headers, plus why it failed and where it
 * came from (the {@code dead-letter-*} headers of {@link CloudEventHeaders}), so that it can be replayed to its
 * source once the cause is fixed.
 */
@ApplicationScoped
public class DeadLetters {

    private static final int MAX_REASON = 1_000;

    private final RecordSender sender;
    private final String group;

    public DeadLetters(RecordSender sender, @ConfigProperty(name = "quarkus.application.name") String group) {
        this.sender = sender;
        this.group = group;
    }

    /** Sends {@code record} to its dead-letter topic; the {@link Uni} completes once the broker has it. */
    public Uni<Void> send(ConsumerRecord<String, String> record, Throwable failure) {
        return sender.send(deadLetter(record, failure, group)).replaceWithVoid();
    }

    /** The dead-letter record of {@code record} for consumer group {@code group}. */
    static ProducerRecord<String, byte[]> deadLetter(
            ConsumerRecord<String, String> record, Throwable failure, String group) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            if (!header.key().startsWith(CloudEventHeaders.DLQ_PREFIX)) {
                headers.add(header);
            }
        }
        CloudEvent.add(headers, CloudEventHeaders.DLQ_REASON, reason(failure));
        CloudEvent.add(
                headers, CloudEventHeaders.DLQ_EXCEPTION, failure.getClass().getName());
        CloudEvent.add(headers, CloudEventHeaders.DLQ_TOPIC, record.topic());
        CloudEvent.add(headers, CloudEventHeaders.DLQ_PARTITION, Integer.toString(record.partition()));
        CloudEvent.add(headers, CloudEventHeaders.DLQ_OFFSET, Long.toString(record.offset()));
        CloudEvent.add(headers, CloudEventHeaders.DLQ_CONSUMER_GROUP, group);
        byte[] value = record.value() == null ? null : record.value().getBytes(StandardCharsets.UTF_8);
        return new ProducerRecord<>(Topics.dlq(record.topic()), null, record.key(), value, headers);
    }

    private static String reason(Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return message.length() <= MAX_REASON ? message : message.substring(0, MAX_REASON);
    }
}
