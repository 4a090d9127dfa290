package io.switchboard.activity.messaging;

import io.smallrye.mutiny.Uni;
import io.switchboard.activity.service.DirectorySync;
import io.switchboard.events.Channels;
import io.switchboard.events.DirectoryTypes;
import io.switchboard.messaging.consumer.EventConsumer;
import io.switchboard.messaging.consumer.InboundEvent;
import io.switchboard.messaging.consumer.SqlEventHandler;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Follows the compacted {@code switchboard.mappings} (key {@code connectionId:zoomUserId}): a mapping shows the
 * person's entries and brings their recent activity; a tombstone or a switch-off hides them.
 */
@ApplicationScoped
public class MappingsConsumer implements SqlEventHandler {

    private final EventConsumer consumer;
    private final DirectorySync directory;

    public MappingsConsumer(EventConsumer consumer, DirectorySync directory) {
        this.consumer = consumer;
        this.directory = directory;
    }

    @Incoming(Channels.MAPPINGS)
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        return consumer.consume(record, this);
    }

    @Override
    public boolean handles(String type) {
        return DirectoryTypes.MAPPING_CHANGED.equals(type) || DirectoryTypes.MAPPING_REMOVED.equals(type);
    }

    @Override
    public Uni<Void> apply(InboundEvent event, SqlConnection sql) {
        InboundEvent.ConnectionUserKey key = event.connectionUserKey();
        UUID connectionId = key.connectionId();
        String zoomUserId = key.zoomUserId();
        if (DirectoryTypes.MAPPING_REMOVED.equals(event.type()) || event.value() == null) {
            return directory.unmapped(sql, connectionId, zoomUserId);
        }
        return directory.mapped(
                sql,
                connectionId,
                zoomUserId,
                event.requiredText("/orgId"),
                event.requiredText("/profileId"),
                event.requiredBoolean("/enabled"));
    }
}
