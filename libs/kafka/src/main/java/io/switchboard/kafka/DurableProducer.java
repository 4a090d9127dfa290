package io.switchboard.kafka;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The one Kafka producer configuration of Switchboard, used by webhook intake, the outbox relay and the dead-letter
 * writer: acks=all with idempotence (no loss, no duplicates from producer retries, order kept per partition), and
 * {@code max.block.ms=0}, so that {@link #send} never blocks the calling thread (an event loop, a database
 * callback): a full buffer or a topic without metadata yet fails the send at once instead.
 */
public final class DurableProducer implements RecordSender, AutoCloseable {

    /** How long the broker may take to acknowledge one request before the client retries it. */
    public static final Duration REQUEST_TIMEOUT = Duration.ofMillis(1_500);

    /** Upper bound from {@code send} to its outcome, retries included. */
    public static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(5);

    private final KafkaProducer<String, byte[]> producer;

    /**
     * A producer on the cluster of {@code base} (Quarkus' {@code default-kafka-broker} map, or plain client
     * settings); {@code linger.ms} and {@code batch.size} may be tuned there, the durability settings may not.
     */
    public DurableProducer(Map<String, Object> base, String clientId) {
        this(base, clientId, DELIVERY_TIMEOUT);
    }

    /**
     * As {@link #DurableProducer(Map, String)}, with every send's outcome due within {@code deliveryTimeout} (at least
     * {@link #REQUEST_TIMEOUT} plus the linger): the producer itself fails a send it could not get acknowledged in
     * time, so that a caller that must answer by a deadline needs no timer of its own.
     */
    public DurableProducer(Map<String, Object> base, String clientId, Duration deliveryTimeout) {
        this.producer = new KafkaProducer<>(
                settings(base, clientId, deliveryTimeout), new StringSerializer(), new ByteArraySerializer());
    }

    /** The producer settings: {@code base} with the durability settings forced over it. */
    public static Map<String, Object> settings(Map<String, Object> base, String clientId) {
        return settings(base, clientId, DELIVERY_TIMEOUT);
    }

    /** The producer settings with a delivery timeout of {@code deliveryTimeout}. */
    public static Map<String, Object> settings(Map<String, Object> base, String clientId, Duration deliveryTimeout) {
        Map<String, Object> config = new HashMap<>(base);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 0);
        config.put(ProducerConfig.LINGER_MS_CONFIG, base.getOrDefault(ProducerConfig.LINGER_MS_CONFIG, 2));
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, base.getOrDefault(ProducerConfig.BATCH_SIZE_CONFIG, 64 * 1024));
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) REQUEST_TIMEOUT.toMillis());
        long linger = Long.parseLong(config.get(ProducerConfig.LINGER_MS_CONFIG).toString());
        if (deliveryTimeout.toMillis() < REQUEST_TIMEOUT.toMillis() + linger) {
            throw new IllegalArgumentException(
                    "A delivery timeout of " + deliveryTimeout + " is shorter than the request timeout plus linger.ms");
        }
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) deliveryTimeout.toMillis());
        // Keep metadata of rarely used topics, so that a quiet topic never fails its next send for want of it.
        config.put(ProducerConfig.METADATA_MAX_IDLE_CONFIG, Duration.ofDays(7).toMillis());
        config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        return config;
    }

    @Override
    public Uni<RecordMetadata> send(ProducerRecord<String, byte[]> record) {
        return Uni.createFrom().emitter(emitter -> {
            try {
                producer.send(record, (metadata, error) -> {
                    if (error == null) {
                        emitter.complete(metadata);
                    } else {
                        emitter.fail(error);
                    }
                });
            } catch (KafkaException e) {
                emitter.fail(e);
            }
        });
    }

    /**
     * Asks for {@code topic}'s metadata without waiting: the partitions when they are known, or a
     * {@link KafkaException} while the request is under way. Callers poll it to warm up before traffic.
     */
    public List<PartitionInfo> partitionsFor(String topic) {
        return producer.partitionsFor(topic);
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
