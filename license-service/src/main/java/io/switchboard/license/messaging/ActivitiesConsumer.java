package io.switchboard.license.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import io.switchboard.events.ActivityTypes;
import io.switchboard.events.Channels;
import io.switchboard.license.service.DirectoryState;
import io.switchboard.messaging.consumer.EventConsumer;
import io.switchboard.messaging.consumer.InboundEvent;
import io.switchboard.messaging.consumer.SqlEventHandler;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads {@code switchboard.activities} for one fact: when each Zoom user last hosted a meeting or webinar (entries of
 * role {@code hosted}). Other entries, and entries folded into another, are skipped.
 */
@ApplicationScoped
public class ActivitiesConsumer implements SqlEventHandler {

    private static final Set<String> HOSTED_TYPES = Set.of("meeting", "webinar");

    private final EventConsumer consumer;
    private final DirectoryState directory;

    public ActivitiesConsumer(EventConsumer consumer, DirectoryState directory) {
        this.consumer = consumer;
        this.directory = directory;
    }

    @Incoming(Channels.ACTIVITIES)
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        return consumer.consume(record, this);
    }

    @Override
    public boolean handles(String type) {
        return ActivityTypes.RECORDED.equals(type) || ActivityTypes.UPDATED.equals(type);
    }

    @Override
    public Uni<Void> apply(InboundEvent event, SqlConnection sql) {
        JsonNode body = event.body();
        boolean hosted = "hosted".equals(body.path("role").asText())
                && HOSTED_TYPES.contains(body.path("type").asText())
                && !body.path("removed").asBoolean(false)
                && body.path("zoomUserId").isTextual();
        if (!hosted) {
            return Uni.createFrom().voidItem();
        }
        Instant started = ZoomUserPayload.time(event, body.path("startedAt"));
        if (started == null) {
            return Uni.createFrom().voidItem();
        }
        return directory.hosted(
                sql,
                event.requiredUuid("/connectionId"),
                body.path("zoomUserId").asText(),
                started);
    }
}
