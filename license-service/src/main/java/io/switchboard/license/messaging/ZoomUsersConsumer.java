package io.switchboard.license.messaging;

import io.smallrye.mutiny.Uni;
import io.switchboard.events.Channels;
import io.switchboard.events.DirectoryTypes;
import io.switchboard.license.service.DirectoryState;
import io.switchboard.messaging.consumer.EventConsumer;
import io.switchboard.messaging.consumer.InboundEvent;
import io.switchboard.messaging.consumer.SqlEventHandler;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Follows the compacted {@code switchboard.zoom-users} (key {@code connectionId:zoomUserId}): each record is the Zoom
 * user's full record as user-mapping-service imported or updated it; a tombstone removes the user.
 */
@ApplicationScoped
public class ZoomUsersConsumer implements SqlEventHandler {

    private final EventConsumer consumer;
    private final DirectoryState directory;

    public ZoomUsersConsumer(EventConsumer consumer, DirectoryState directory) {
        this.consumer = consumer;
        this.directory = directory;
    }

    @Incoming(Channels.ZOOM_USERS)
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        return consumer.consume(record, this);
    }

    @Override
    public boolean handles(String type) {
        return DirectoryTypes.ZOOM_USER_UPSERTED.equals(type) || DirectoryTypes.ZOOM_USER_REMOVED.equals(type);
    }

    @Override
    public Uni<Void> apply(InboundEvent event, SqlConnection sql) {
        InboundEvent.ConnectionUserKey key = event.connectionUserKey();
        if (DirectoryTypes.ZOOM_USER_REMOVED.equals(event.type()) || event.value() == null) {
            return directory.removed(sql, key.connectionId(), key.zoomUserId());
        }
        return directory.upserted(sql, ZoomUserPayload.read(event, key));
    }
}
