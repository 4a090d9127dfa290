package io.switchboard.ingest.messaging;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.switchboard.events.Topics;
import io.switchboard.ingest.config.WebhookConfig;
import io.switchboard.ingest.mapping.Route;
import io.switchboard.kafka.CloudEvent;
import io.switchboard.kafka.DurableProducer;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Writes verified Zoom events to Kafka durably through the shared {@link DurableProducer} (acks=all, idempotence,
 * never blocking the event loop: a full buffer or missing topic metadata fails at once and is answered 503, so Zoom
 * retries). The returned {@link Uni} completes only once the broker has acknowledged the record, on the caller's
 * Vert.x context.
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

    private final DurableProducer producer;

    public ZoomEventPublisher(@Identifier("default-kafka-broker") Map<String, Object> kafka, WebhookConfig config) {
        // The producer fails a send that is not acknowledged within the publish timeout: no timer per request.
        this.producer = new DurableProducer(kafka, "webhook-ingest", config.publishTimeout());
    }

    void warmUp(@Observes StartupEvent startup) throws InterruptedException {
        Instant deadline = Instant.now().plus(WARM_UP);
        for (String topic : TOPICS) {
            long backOffMillis = 10;
            while (true) {
                try {
                    producer.partitionsFor(topic); // asks for metadata and returns at once
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
        producer.close();
    }

    /**
     * Sends one Zoom event with its CloudEvents headers; the {@link Uni} completes once Kafka acknowledged it and
     * fails if the producer cannot take it or the broker refuses it.
     */
    public Uni<Void> publish(
            Route route, String eventId, String source, byte[] body, Map<String, String> extraHeaders) {
        CloudEvent event = new CloudEvent(eventId, route.eventType(), source, route.key(), route.time());
        RecordHeaders headers = new RecordHeaders();
        event.writeTo(headers);
        extraHeaders.forEach((name, value) -> CloudEvent.add(headers, name, value));
        Context caller = Vertx.currentContext();
        Uni<Void> sent = producer.send(new ProducerRecord<>(route.topic(), null, route.key(), body, headers))
                .replaceWithVoid();
        // The broker's acknowledgement arrives on the producer's single I/O thread; the answer to Zoom is written
        // back on the request's own event loop, so that thread only moves records.
        return caller == null ? sent : sent.emitOn(task -> caller.runOnContext(ignored -> task.run()));
    }
}
