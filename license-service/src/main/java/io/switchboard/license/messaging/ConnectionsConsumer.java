package io.switchboard.license.messaging;

import io.smallrye.mutiny.Uni;
import io.switchboard.events.Channels;
import io.switchboard.license.repository.ConnectionRefRepository.ConnectionRef;
import io.switchboard.license.service.DirectoryState;
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
 * Follows {@code switchboard.connections}: an established or restored connection is remembered and its plan seat
 * usage synced; a sync request syncs it again; a connection needing re-authorisation is kept but not synced; a
 * removed one loses all its licence data.
 */
@ApplicationScoped
public class ConnectionsConsumer implements SqlEventHandler {

    private static final Set<String> LIVE = Set.of("connection.established", "connection.restored");
    private static final String REAUTH = "connection.reauth_required";
    private static final String REMOVED = "connection.removed";
    private static final String SYNC = "connection.sync_requested";

    private final EventConsumer consumer;
    private final DirectoryState directory;

    public ConnectionsConsumer(EventConsumer consumer, DirectoryState directory) {
        this.consumer = consumer;
        this.directory = directory;
    }

    @Incoming(Channels.CONNECTIONS)
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        return consumer.consume(record, this);
    }

    @Override
    public boolean handles(String type) {
        return LIVE.contains(type) || REAUTH.equals(type) || REMOVED.equals(type) || SYNC.equals(type);
    }

    @Override
    public Uni<Void> apply(InboundEvent event, SqlConnection sql) {
        UUID connectionId = event.requiredUuid("/connectionId");
        if (REMOVED.equals(event.type())) {
            return directory.connectionRemoved(sql, connectionId);
        }
        if (SYNC.equals(event.type())) {
            return directory.syncRequested(sql, connectionId);
        }
        ConnectionRef connection = new ConnectionRef(
                connectionId,
                event.requiredText("/orgId"),
                event.requiredText("/zoomAccountId"),
                LIVE.contains(event.type()));
        return directory.connection(sql, connection);
    }
}
