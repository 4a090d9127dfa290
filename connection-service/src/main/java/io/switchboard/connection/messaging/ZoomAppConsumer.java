package io.switchboard.connection.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.switchboard.connection.service.RemovalService;
import io.switchboard.events.CloudEventHeaders;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads {@code zoom.app}. {@code app_deauthorized} (the app was uninstalled at Zoom) removes the account's
 * connections. A record that cannot be understood fails, and the channel's dead-letter strategy moves it to
 * {@code zoom.app.dlq} without stopping the partition.
 */
@ApplicationScoped
public class ZoomAppConsumer {

    static final String APP_DEAUTHORIZED = "app_deauthorized";

    private final RemovalService removals;
    private final ObjectMapper json;

    public ZoomAppConsumer(RemovalService removals, ObjectMapper json) {
        this.removals = removals;
        this.json = json;
    }

    @Incoming(Channels.ZOOM_APP)
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        String type = header(record, CloudEventHeaders.TYPE);
        if (!APP_DEAUTHORIZED.equals(type)) {
            return Uni.createFrom().voidItem();
        }
        String eventId = header(record, CloudEventHeaders.ID);
        if (eventId == null) {
            throw new IllegalArgumentException("app_deauthorized record without ce_id");
        }
        String accountId = accountId(record.value());
        return removals.deauthorized(eventId, record.topic(), accountId).replaceWithVoid();
    }

    private String accountId(String value) {
        try {
            JsonNode account = json.readTree(value).path("payload").path("account_id");
            if (!account.isTextual() || account.asText().isBlank()) {
                throw new IllegalArgumentException("app_deauthorized without payload.account_id");
            }
            return account.asText();
        } catch (IOException e) {
            throw new IllegalArgumentException("app_deauthorized body is not JSON", e);
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
