package io.switchboard.ingest.messaging;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.switchboard.events.CloudEventHeaders;
import io.switchboard.events.Topics;
import io.switchboard.ingest.mapping.Route;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes verified Zoom events to Kafka durably: acks=all with an idempotent producer, and the returned {@link Uni}
 * completes only once the broker has acknowledged the record.
 *
 * <p>{@code send} never blocks the event loop: {@code max.block.ms=0} makes a full buffer or missing topic
 * metadata fail at once (answered 503, so Zoom retries) instead of stalling every request on the thread.
 */
@ApplicationScoped
public class ZoomEventPublisher {

    /** The topics this service writes, warmed up at start-up so that the first requests need no metadata fetch. */
    public static final List<String> TOPICS = List.of(
            Topics.ZOOM_MEETING,
            Topics.ZOOM_WEBINAR,
            Topics.ZOOM_PHONE,
            Topics.ZOOM_RECORDING,
            Topics.ZOOM_USER,
            Topics.ZOOM_APP,
            Topics.ZOOM_UNROUTED);

    private static final Duration WARM_UP = Duration.ofSeconds(10);

    private final KafkaProducer<String, byte[]> producer;

    public ZoomEventPublisher(@Identifier("default-kafka-broker") Map<String, Object> kafka) {
        Map<String, Object> config = new HashMap<>(kafka);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 0);
        config.put(ProducerConfig.LINGER_MS_CONFIG, kafka.getOrDefault("linger.ms", 2));
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, kafka.getOrDefault("batch.size", 64 * 1024));
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 1_500);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 5_000);
        // Keep metadata of rarely used topics, so that a quiet topic never costs its next event a 503.
        config.put(ProducerConfig.METADATA_MAX_IDLE_CONFIG, Duration.ofDays(7).toMillis());
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "webhook-ingest");
        this.producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    void warmUp(@Observes StartupEvent startup) throws InterruptedException {
        Instant deadline = Instant.now().plus(WARM_UP);
        for (String topic : TOPICS) {
            long backOffMillis = 10;
            while (true) {
                try {
                    producer.partitionsFor(topic); // with max.block.ms=0 this asks for metadata and returns at once
                    break;
                } catch (KafkaException e) {
                    if (Instant.now().isAfter(deadline)) {
                        Log.warnf(
                                "No metadata for %s yet (%s); its events answer 503 until the broker answers",
                                topic, e.getMessage());
                        break;
                    }
                    TimeUnit.MILLISECONDS.sleep(backOffMillis);
                    backOffMillis = Math.min(backOffMillis * 2, 500);
                }
            }
        }
    }

    void close(@Observes ShutdownEvent shutdown) {
        producer.close(Duration.ofSeconds(5));
    }

    /**
     * Sends one Zoom event with its CloudEvents headers; the {@link Uni} completes once Kafka acknowledged it and
     * fails if the producer cannot take it or the broker refuses it.
     */
    public Uni<Void> publish(
            Route route, String eventId, String source, byte[] body, Map<String, String> extraHeaders) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(headers, CloudEventHeaders.ID, eventId);
        header(headers, CloudEventHeaders.TYPE, route.eventType());
        header(headers, CloudEventHeaders.SOURCE, source);
        header(headers, CloudEventHeaders.TIME, route.time().toString());
        header(headers, CloudEventHeaders.SUBJECT, route.key());
        header(headers, CloudEventHeaders.CONTENT_TYPE, "application/json");
        extraHeaders.forEach((name, value) -> header(headers, name, value));
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(route.topic(), null, route.key(), body, headers);
        return Uni.createFrom().emitter(emitter -> {
            try {
                producer.send(record, (metadata, error) -> {
                    if (error == null) {
                        emitter.complete(null);
                    } else {
                        emitter.fail(error);
                    }
                });
            } catch (KafkaException e) {
                emitter.fail(e);
            }
        });
    }

    private static void header(RecordHeaders headers, String name, String value) {
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
