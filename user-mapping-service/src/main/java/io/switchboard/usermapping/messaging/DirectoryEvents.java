package io.switchboard.usermapping.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.RawValue;
import io.switchboard.events.DirectoryTypes;
import io.switchboard.events.Topics;
import io.switchboard.messaging.OutboxEvent;
import io.switchboard.usermapping.repository.ConnectionRepository.KnownConnection;
import io.switchboard.usermapping.repository.ZoomUserRepository;
import io.switchboard.usermapping.repository.ZoomUserRepository.ZoomUserRow;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The records of the compacted topics this service owns, keyed {@code connectionId:zoomUserId}: every Zoom user's
 * full record on {@code switchboard.zoom-users}, every mapping on {@code switchboard.mappings}; a tombstone when the
 * user is gone or no longer mapped. They go through the outbox with the change they describe. Mapping records
 * themselves are written by matching's statement ({@code MatchRepository}); the tombstones of removed users here.
 */
@ApplicationScoped
public class DirectoryEvents {

    public static final String SOURCE = "/switchboard/user-mapping-service";

    private final ObjectMapper json;

    public DirectoryEvents(ObjectMapper json) {
        this.json = json;
    }

    /** The record key of a Zoom user of a connection. */
    public static String key(KnownConnection connection, String zoomUserId) {
        return connection.id() + ":" + zoomUserId;
    }

    public OutboxEvent zoomUser(KnownConnection connection, ZoomUserRow user) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("orgId", connection.orgId());
        data.put("connectionId", connection.id().toString());
        data.put("zoomAccountId", connection.zoomAccountId());
        data.put("zoomUserId", user.zoomUserId());
        data.put("email", user.email());
        data.put("aliases", user.aliases());
        data.put("status", user.status());
        // The stored record is JSON already (PostgreSQL wrote it): embedded as it is, not parsed and written again.
        data.put("user", new RawValue(user.record()));
        return event(Topics.ZOOM_USERS, connection, user.zoomUserId(), DirectoryTypes.ZOOM_USER_UPSERTED, data);
    }

    public OutboxEvent zoomUserRemoved(KnownConnection connection, String zoomUserId) {
        return event(Topics.ZOOM_USERS, connection, zoomUserId, DirectoryTypes.ZOOM_USER_REMOVED, null);
    }

    public OutboxEvent mappingRemoved(KnownConnection connection, String zoomUserId) {
        return event(Topics.MAPPINGS, connection, zoomUserId, DirectoryTypes.MAPPING_REMOVED, null);
    }

    /** The tombstones of a user that left the directory: its record, and its mapping when it had one. */
    public List<OutboxEvent> removed(KnownConnection connection, ZoomUserRepository.Removed gone) {
        return gone.mappedProfile() == null
                ? List.of(zoomUserRemoved(connection, gone.zoomUserId()))
                : List.of(
                        zoomUserRemoved(connection, gone.zoomUserId()), mappingRemoved(connection, gone.zoomUserId()));
    }

    /** Tombstones for both topics of every listed user (a purge). */
    public List<OutboxEvent> purged(KnownConnection connection, List<String> zoomUserIds) {
        return zoomUserIds.stream()
                .flatMap(id ->
                        java.util.stream.Stream.of(zoomUserRemoved(connection, id), mappingRemoved(connection, id)))
                .toList();
    }

    private OutboxEvent event(
            String topic, KnownConnection connection, String zoomUserId, String type, Map<String, Object> data) {
        String key = key(connection, zoomUserId);
        return OutboxEvent.of(topic, key, type, SOURCE, key, data == null ? null : write(data));
    }

    private String write(Map<String, Object> data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A directory event could not be serialised", e);
        }
    }
}
