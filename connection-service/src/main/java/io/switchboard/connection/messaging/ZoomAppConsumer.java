package io.switchboard.connection.messaging;

import io.smallrye.mutiny.Uni;
import io.switchboard.connection.service.RemovalService;
import io.switchboard.messaging.consumer.EventConsumer;
import io.switchboard.messaging.consumer.EventHandler;
import io.switchboard.messaging.consumer.InboundEvent;
import jakarta.enterprise.context.ApplicationScoped;
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
        return removals.deauthorized(event.requiredText("/payload/account_id")).replaceWithVoid();
    }
}
