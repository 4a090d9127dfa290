package io.switchboard.activity.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import io.switchboard.activity.repository.ZoomUserRefRepository;
import io.switchboard.events.Channels;
import io.switchboard.events.DirectoryTypes;
import io.switchboard.messaging.consumer.EventConsumer;
import io.switchboard.messaging.consumer.InboundEvent;
import io.switchboard.messaging.consumer.SqlEventHandler;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Follows the compacted {@code switchboard.zoom-users} (key {@code connectionId:zoomUserId}): who the Zoom users of
 * each connection are, so that a participant who is one of them counts as internal. Invitations (keys
 * {@code connectionId:pending:<email>}) have no Zoom user id and never take part in a meeting: they are skipped.
 */
@ApplicationScoped
public class ZoomUsersConsumer implements SqlEventHandler {

    private static final String PENDING = "pending:";

    private final EventConsumer consumer;
    private final ZoomUserRefRepository users;

    public ZoomUsersConsumer(EventConsumer consumer, ZoomUserRefRepository users) {
        this.consumer = consumer;
        this.users = users;
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
        if (key.zoomUserId().startsWith(PENDING)) {
            return Uni.createFrom().voidItem();
        }
        if (DirectoryTypes.ZOOM_USER_REMOVED.equals(event.type()) || event.value() == null) {
            return users.remove(sql, key.connectionId(), key.zoomUserId());
        }
        JsonNode email = event.body().at("/email");
        return users.upsert(sql, key.connectionId(), key.zoomUserId(), email.isTextual() ? email.asText() : null);
    }
}
