package io.switchboard.connection.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import io.switchboard.connection.service.Deauthorization;
import io.switchboard.connection.service.RemovalService;
import io.switchboard.events.Channels;
import io.switchboard.messaging.consumer.EventConsumer;
import io.switchboard.messaging.consumer.EventHandler;
import io.switchboard.messaging.consumer.InboundEvent;
import io.switchboard.messaging.consumer.PoisonRecordException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads {@code zoom.app}. {@code app_deauthorized} (the app was uninstalled at Zoom) removes the account's
 * connections; {@code account.*} events are skipped. The consumer kit dedupes by {@code ce_id}, retries while the
 * database is unavailable and dead-letters a record that can never be applied to {@code zoom.app.dlq}.
 */
@ApplicationScoped
public class ZoomAppConsumer implements EventHandler {

    static final String APP_DEAUTHORIZED = "app_deauthorized";

    private final EventConsumer consumer;
    private final RemovalService removals;

    public ZoomAppConsumer(EventConsumer consumer, RemovalService removals) {
        this.consumer = consumer;
        this.removals = removals;
    }

    @Incoming(Channels.ZOOM_APP)
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        return consumer.consume(record, this);
    }

    @Override
    public boolean handles(String type) {
        return APP_DEAUTHORIZED.equals(type);
    }

    @Override
    public Uni<Void> apply(InboundEvent event) {
        JsonNode payload = event.body().path("payload");
        Deauthorization deauthorization = new Deauthorization(
                event.requiredText("/payload/account_id"), text(payload.get("client_id")), time(payload, event));
        return removals.deauthorized(deauthorization).replaceWithVoid();
    }

    private static String text(JsonNode node) {
        return node == null || !node.isValueNode() || node.asText().isBlank() ? null : node.asText();
    }

    /** {@code deauthorization_time} (ISO-8601); poison when present but unreadable. */
    private static Instant time(JsonNode payload, InboundEvent event) {
        String value = text(payload.get("deauthorization_time"));
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new PoisonRecordException(event.type() + " with an unreadable deauthorization_time", e);
        }
    }
}
