package io.switchboard.license.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.events.Topics;
import io.switchboard.messaging.OutboxEvent;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * The records of {@code switchboard.license-actions}, keyed {@code connectionId:zoomUserId}: one per user action
 * Zoom carried out, with the action's audit id as {@code ce_id}. They go through the outbox, in the transaction of
 * the audit row.
 */
@ApplicationScoped
public class LicenseActionEvents {

    public static final String SOURCE = "/switchboard/license-service";

    private final ObjectMapper json;

    public LicenseActionEvents(ObjectMapper json) {
        this.json = json;
    }

    /**
     * The payload of an action's event.
     *
     * @param zoomUserId the user's key in the directory ({@code pending:<email>} for an invited user)
     * @param zoomId the id Zoom gave or has for the user
     * @param action create, deactivate, activate, change_license, disassociate or delete
     * @param status the user's status at Zoom after the action, or null once removed or unchanged
     * @param licenseType the licence type asked for, or null
     * @param actor the JWT subject of who asked
     * @param reclaimId the reclaim run the action belonged to, or null
     */
    public record ActionPayload(
            UUID actionId,
            String orgId,
            UUID connectionId,
            String zoomUserId,
            String zoomId,
            String email,
            String action,
            String status,
            Integer licenseType,
            String actor,
            UUID reclaimId,
            Instant occurredAt) {}

    /** The event of a done action, of type {@code type}. */
    public OutboxEvent done(String type, ActionPayload payload) {
        return new OutboxEvent(
                payload.actionId(),
                Topics.LICENSE_ACTIONS,
                payload.connectionId() + ":" + payload.zoomUserId(),
                type,
                SOURCE,
                payload.zoomUserId(),
                write(payload));
    }

    private String write(ActionPayload payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A licence action event could not be serialised", e);
        }
    }
}
