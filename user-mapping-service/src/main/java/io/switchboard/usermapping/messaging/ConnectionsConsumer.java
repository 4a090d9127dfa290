package io.switchboard.usermapping.messaging;

import io.smallrye.mutiny.Uni;
import io.switchboard.events.Channels;
import io.switchboard.messaging.consumer.EventConsumer;
import io.switchboard.messaging.consumer.EventHandler;
import io.switchboard.messaging.consumer.InboundEvent;
import io.switchboard.usermapping.repository.ConnectionRepository.KnownConnection;
import io.switchboard.usermapping.service.ConnectionSync;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Reads {@code switchboard.connections} through the consumer kit (dedupe, retry, dead letters). */
@ApplicationScoped
public class ConnectionsConsumer implements EventHandler {

    private static final String PREFIX = "connection.";
    private static final Set<String> TYPES = Set.of(
            "connection.established",
            "connection.restored",
            "connection.sync_requested",
            "connection.reauth_required",
            "connection.removed");

    private final EventConsumer consumer;
    private final ConnectionSync sync;

    public ConnectionsConsumer(EventConsumer consumer, ConnectionSync sync) {
        this.consumer = consumer;
        this.sync = sync;
    }

    @Incoming(Channels.CONNECTIONS)
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        return consumer.consume(record, this);
    }

    @Override
    public boolean handles(String type) {
        return TYPES.contains(type);
    }

    @Override
    public Uni<Void> apply(InboundEvent event) {
        ConnectionSync.Change change = ConnectionSync.Change.valueOf(
                event.type().substring(PREFIX.length()).toUpperCase(Locale.ROOT));
        KnownConnection connection = new KnownConnection(
                event.requiredUuid("/connectionId"),
                event.requiredText("/orgId"),
                event.body().path("zoomAccountId").asText(null),
                event.body().path("status").asText("active"));
        return sync.apply(change, connection);
    }
}
