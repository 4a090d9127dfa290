package io.switchboard.connection.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.switchboard.connection.repository.ConnectionEntity;
import io.switchboard.events.ConnectionTypes;
import io.switchboard.events.Topics;
import io.switchboard.messaging.Outbox;
import io.switchboard.messaging.OutboxEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The events of {@code switchboard.connections}, keyed by connection id. They go through the outbox, so each
 * commits together with the state change it reports. Never a token or a secret.
 */
@ApplicationScoped
public class ConnectionEvents {

    public static final String SOURCE = "/switchboard/connection-service";
    public static final String ESTABLISHED = ConnectionTypes.ESTABLISHED;
    public static final String REAUTH_REQUIRED = ConnectionTypes.REAUTH_REQUIRED;
    public static final String RESTORED = ConnectionTypes.RESTORED;
    public static final String REMOVED = ConnectionTypes.REMOVED;
    public static final String SYNC_REQUESTED = ConnectionTypes.SYNC_REQUESTED;

    private final Outbox outbox;
    private final ObjectMapper json;

    public ConnectionEvents(Outbox outbox, ObjectMapper json) {
        this.outbox = outbox;
        this.json = json;
    }

    /** Appends a {@code type} event about {@code connection} (with {@code extra} fields) to the current transaction. */
    public Uni<UUID> append(String type, ConnectionEntity connection, Map<String, Object> extra) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("orgId", connection.orgId);
        data.put("connectionId", connection.id.toString());
        data.put("zoomAccountId", connection.zoomAccountId);
        data.put("type", connection.type.wire());
        data.put("status", connection.status.wire());
        data.put("occurredAt", Instant.now().toString());
        data.putAll(extra);
        OutboxEvent event = OutboxEvent.of(
                Topics.CONNECTIONS, connection.id.toString(), type, SOURCE, connection.id.toString(), write(data));
        return outbox.append(event).replaceWith(event.id());
    }

    private String write(Map<String, Object> data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A connection event could not be serialised", e);
        }
    }
}
