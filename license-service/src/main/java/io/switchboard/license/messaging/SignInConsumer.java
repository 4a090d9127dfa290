package io.switchboard.license.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
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
 * Reads Zoom's {@code user.signed_in} and {@code user.signed_out} from {@code zoom.user}: the user's last login (and
 * client version) moves forward at once, instead of with the directory's next record (Zoom's own {@code
 * last_login_time} lags by up to about three days). Every other user event reaches this service merged, through
 * {@code switchboard.zoom-users}.
 */
@ApplicationScoped
public class SignInConsumer implements SqlEventHandler {

    private static final Set<String> TYPES = Set.of("user.signed_in", "user.signed_out");

    private final EventConsumer consumer;
    private final DirectoryState directory;

    public SignInConsumer(EventConsumer consumer, DirectoryState directory) {
        this.consumer = consumer;
        this.directory = directory;
    }

    @Incoming(Channels.ZOOM_USER)
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        return consumer.consume(record, this);
    }

    @Override
    public boolean handles(String type) {
        return TYPES.contains(type);
    }

    @Override
    public Uni<Void> apply(InboundEvent event, SqlConnection sql) {
        JsonNode object = event.body().path("payload").path("object");
        Instant at = ZoomUserPayload.time(event, object.path("date_time"));
        if (at == null) {
            at = Instant.ofEpochMilli(event.body().path("event_ts").asLong(System.currentTimeMillis()));
        }
        String version =
                object.path("version").isTextual() ? object.path("version").asText() : null;
        return directory.signedIn(
                sql, event.requiredText("/payload/account_id"), event.requiredText("/payload/object/id"), at, version);
    }
}
