package io.switchboard.activity.messaging;

import io.smallrye.mutiny.Uni;
import io.switchboard.activity.repository.ConnectionRefRepository.ConnectionRef;
import io.switchboard.activity.service.DirectorySync;
import io.switchboard.events.Channels;
import io.switchboard.messaging.consumer.EventConsumer;
import io.switchboard.messaging.consumer.InboundEvent;
import io.switchboard.messaging.consumer.SqlEventHandler;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Follows {@code switchboard.connections}: an established or restored connection routes its Zoom account's events to
 * its organisation and is backfilled from Zoom's reports; a sync request reconciles it; a removed one is purged.
 */
@ApplicationScoped
public class ConnectionsConsumer implements SqlEventHandler {

    private static final Set<String> LIVE = Set.of("connection.established", "connection.restored");
    private static final String REMOVED = "connection.removed";
    private static final String SYNC = "connection.sync_requested";

    private final EventConsumer consumer;
    private final DirectorySync directory;

    public ConnectionsConsumer(EventConsumer consumer, DirectorySync directory) {
        this.consumer = consumer;
        this.directory = directory;
    }

    @Incoming(Channels.CONNECTIONS)
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        return consumer.consume(record, this);
    }

    @Override
    public boolean handles(String type) {
        return LIVE.contains(type) || REMOVED.equals(type) || SYNC.equals(type);
    }

    @Override
    public Uni<Void> apply(InboundEvent event, SqlConnection sql) {
        UUID connectionId = event.requiredUuid("/connectionId");
        if (REMOVED.equals(event.type())) {
            return directory.removed(sql, connectionId);
        }
        if (SYNC.equals(event.type())) {
            return directory.syncRequested(sql, connectionId);
        }
        return directory.connected(
                sql,
                new ConnectionRef(
                        connectionId, event.requiredText("/orgId"), event.requiredText("/zoomAccountId"), true));
    }
}
