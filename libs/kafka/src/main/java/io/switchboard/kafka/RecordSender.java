package io.switchboard.kafka;

import io.smallrye.mutiny.Uni;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/** Sends one record durably: the {@link Uni} completes once the broker acknowledged it, and fails otherwise. */
@FunctionalInterface
public interface RecordSender {

    /** Sends {@code record}; never blocks the calling thread. */
    Uni<RecordMetadata> send(ProducerRecord<String, byte[]> record);
}
