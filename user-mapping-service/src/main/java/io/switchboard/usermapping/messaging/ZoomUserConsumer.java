package io.switchboard.usermapping.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import io.switchboard.events.Channels;
import io.switchboard.messaging.consumer.EventConsumer;
import io.switchboard.messaging.consumer.EventHandler;
import io.switchboard.messaging.consumer.InboundEvent;
import io.switchboard.messaging.consumer.PoisonRecordException;
import io.switchboard.usermapping.repository.ZoomUserRepository.ZoomUserChange;
import io.switchboard.usermapping.service.ZoomUserEvents;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads Zoom's user webhooks from {@code zoom.user}. An invited user ({@code creation_type: create}) is pending and
 * keyed by email until it accepts, as the import keys it; every other user by Zoom's id.
 */
@ApplicationScoped
public class ZoomUserConsumer implements EventHandler {

    private static final Set<String> TYPES = Set.of(
            "user.created",
            "user.updated",
            "user.activated",
            "user.deactivated",
            "user.deleted",
            "user.disassociated",
            "user.invitation_accepted");

    private final EventConsumer consumer;
    private final ZoomUserEvents users;

    public ZoomUserConsumer(EventConsumer consumer, ZoomUserEvents users) {
        this.consumer = consumer;
        this.users = users;
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
    public Uni<Void> apply(InboundEvent event) {
        String account = event.requiredText("/payload/account_id");
        JsonNode object = event.body().path("payload").path("object");
        if (!object.isObject()) {
            throw new PoisonRecordException(event.type() + " without payload.object");
        }
        long at = eventTs(event);
        String email = text(object.get("email"));
        return switch (event.type()) {
            case "user.deleted", "user.disassociated" -> users.removed(account, requiredId(event, object), at);
            case "user.invitation_accepted" ->
                users.changed(account, change(requiredId(event, object), email, "active", object, at))
                        .call(() -> email == null
                                ? Uni.createFrom().voidItem()
                                : users.removed(account, pending(email), at));
            case "user.created" -> created(event, account, object, email, at);
            case "user.activated" ->
                users.changed(account, change(requiredId(event, object), email, "active", object, at));
            case "user.deactivated" ->
                users.changed(account, change(requiredId(event, object), email, "inactive", object, at));
            default -> users.changed(account, change(requiredId(event, object), email, null, object, at));
        };
    }

    private Uni<Void> created(InboundEvent event, String account, JsonNode object, String email, long at) {
        boolean invited = "create"
                .equals(event.body().path("payload").path("creation_type").asText());
        if (invited && email != null) {
            ObjectNode fields = ((ObjectNode) object.deepCopy()).put("status", "pending");
            fields.remove("id");
            return users.changed(account, change(pending(email), email, "pending", fields, at));
        }
        return users.changed(account, change(requiredId(event, object), email, "active", object, at));
    }

    private static ZoomUserChange change(String id, String email, String status, JsonNode object, long at) {
        ObjectNode fields = object.deepCopy();
        if (status != null) {
            fields.put("status", status);
        }
        return new ZoomUserChange(id, email, status, fields.toString(), at);
    }

    private static String pending(String email) {
        return "pending:" + email.trim().toLowerCase(Locale.ROOT);
    }

    private static String requiredId(InboundEvent event, JsonNode object) {
        String id = text(object.get("id"));
        if (id == null) {
            throw new PoisonRecordException(event.type() + " without payload.object.id");
        }
        return id;
    }

    private static long eventTs(InboundEvent event) {
        JsonNode ts = event.body().get("event_ts");
        if (ts == null || !(ts.isNumber() || ts.isTextual())) {
            throw new PoisonRecordException(event.type() + " without event_ts");
        }
        try {
            return ts.isNumber() ? ts.asLong() : Long.parseLong(ts.asText().trim());
        } catch (NumberFormatException e) {
            throw new PoisonRecordException(event.type() + " with an unreadable event_ts", e);
        }
    }

    private static String text(JsonNode node) {
        return node == null || !node.isValueNode() || node.asText().isBlank() ? null : node.asText();
    }
}
