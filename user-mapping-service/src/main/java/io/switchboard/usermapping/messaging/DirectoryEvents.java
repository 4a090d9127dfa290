package io.switchboard.usermapping.messaging;

import io.switchboard.events.DirectoryTypes;
import io.switchboard.events.Topics;
import io.switchboard.messaging.OutboxEvent;
import io.switchboard.usermapping.repository.ConnectionRepository.KnownConnection;
import io.switchboard.usermapping.repository.ZoomUserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The compacted topics this service owns, keyed {@code connectionId:zoomUserId}: every Zoom user's full record on
 * {@code switchboard.zoom-users}, every mapping on {@code switchboard.mappings}; a tombstone when the user is gone or
 * no longer mapped. They go through the outbox with the change they describe. The records are appended by the
 * statements that write users and mappings ({@code ZoomUserRepository}, {@code MatchRepository}); the tombstones
 * of removed users are made here.
 */
@ApplicationScoped
public class DirectoryEvents {

    public static final String SOURCE = "/switchboard/user-mapping-service";

    /** The record key of a Zoom user of a connection. */
    public static String key(KnownConnection connection, String zoomUserId) {
        return connection.id() + ":" + zoomUserId;
    }

    public OutboxEvent zoomUserRemoved(KnownConnection connection, String zoomUserId) {
        return tombstone(Topics.ZOOM_USERS, connection, zoomUserId, DirectoryTypes.ZOOM_USER_REMOVED);
    }

    public OutboxEvent mappingRemoved(KnownConnection connection, String zoomUserId) {
        return tombstone(Topics.MAPPINGS, connection, zoomUserId, DirectoryTypes.MAPPING_REMOVED);
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

    private static OutboxEvent tombstone(String topic, KnownConnection connection, String zoomUserId, String type) {
        String key = key(connection, zoomUserId);
        return OutboxEvent.of(topic, key, type, SOURCE, key, null);
    }
}
