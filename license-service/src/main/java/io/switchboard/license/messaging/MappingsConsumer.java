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

/** Follows the compacted {@code switchboard.mappings}: which profile each Zoom user is; a tombstone unmaps. */
@ApplicationScoped
public class MappingsConsumer implements SqlEventHandler {

    private final EventConsumer consumer;
    private final DirectoryState directory;

    public MappingsConsumer(EventConsumer consumer, DirectoryState directory) {
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
        if (DirectoryTypes.MAPPING_REMOVED.equals(event.type()) || event.value() == null) {
            return directory.unmapped(sql, key.connectionId(), key.zoomUserId());
        }
        return directory.mapped(
                sql,
                key.connectionId(),
                key.zoomUserId(),
                event.requiredText("/profileId"),
                event.requiredBoolean("/enabled"));
    }
}
