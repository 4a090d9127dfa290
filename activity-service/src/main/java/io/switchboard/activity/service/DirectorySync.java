package io.switchboard.activity.service;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.switchboard.activity.config.ActivityConfig;
import io.switchboard.activity.repository.ConnectionRefRepository;
import io.switchboard.activity.repository.ConnectionRefRepository.ConnectionRef;
import io.switchboard.activity.repository.MappingRefRepository;
import io.switchboard.activity.repository.MeetingFactRepository;
import io.switchboard.activity.repository.MeetingFactRepository.MeetingRef;
import io.switchboard.activity.repository.TimelineWriteRepository;
import io.switchboard.activity.service.MeetingProjection.Mapped;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Keeps the local copies of connections and mappings, and what follows from them: a new connection or a newly mapped
 * person gets the entries of the recent activity already recorded (within the unmapped window); a person switched off
 * or unmapped has their entries hidden; a removed connection loses its activity.
 */
@ApplicationScoped
public class DirectorySync {

    private final Pool database;
    private final ConnectionRefRepository connections;
    private final MappingRefRepository mappings;
    private final MeetingFactRepository facts;
    private final TimelineWriteRepository timeline;
    private final MeetingProjector projector;
    private final ActivityConfig config;

    public DirectorySync(
            Pool database,
            ConnectionRefRepository connections,
            MappingRefRepository mappings,
            MeetingFactRepository facts,
            TimelineWriteRepository timeline,
            MeetingProjector projector,
            ActivityConfig config) {
        this.database = database;
        this.connections = connections;
        this.mappings = mappings;
        this.facts = facts;
        this.timeline = timeline;
        this.projector = projector;
        this.config = config;
    }

    /** The connection is live: remember it and derive the entries of the account's recent activity for it. */
    public Uni<Void> connected(ConnectionRef connection) {
        return database.withTransaction(sql -> connections
                .upsert(sql, connection)
                .flatMap(ignored -> facts.recent(sql, connection.zoomAccountId(), windowStart()))
                .flatMap(recent -> projectEach(sql, connection, recent)));
    }

    /** The connection is gone: its activity and mappings are purged, and the account's facts when no one else uses it. */
    public Uni<Void> removed(UUID connectionId) {
        return database.withTransaction(sql -> connections
                .find(sql, connectionId)
                .flatMap(known -> timeline.purge(sql, connectionId)
                        .call(() -> mappings.purge(sql, connectionId))
                        .call(() -> connections.delete(sql, connectionId))
                        .call(() -> known == null
                                ? Uni.createFrom().voidItem()
                                : forgetIfUnused(sql, known.zoomAccountId()))));
    }

    /**
     * A Zoom user is mapped, or their switch changed: their entries of this profile show while on. A newly mapped
     * person also gets the entries of their recent activity; a person switched back on does not get the activity of
     * the time they were off.
     */
    public Uni<Void> mapped(UUID connectionId, String zoomUserId, String orgId, String profileId, boolean enabled) {
        return database.withTransaction(sql -> mappings.find(sql, connectionId, zoomUserId)
                .flatMap(before -> mappings.upsert(sql, connectionId, zoomUserId, orgId, profileId, enabled)
                        .call(() -> timeline.showOnly(sql, connectionId, zoomUserId, enabled ? profileId : null))
                        .call(() -> enabled && !switchedBackOn(before, profileId)
                                ? deriveRecent(sql, connectionId, zoomUserId)
                                : Uni.createFrom().voidItem())));
    }

    private static boolean switchedBackOn(Mapped before, String profileId) {
        return before != null && !before.enabled() && before.profileId().equals(profileId);
    }

    /** A Zoom user is not mapped any more: their entries are hidden. */
    public Uni<Void> unmapped(UUID connectionId, String zoomUserId) {
        return database.withTransaction(sql -> mappings.remove(sql, connectionId, zoomUserId)
                .call(() -> timeline.showOnly(sql, connectionId, zoomUserId, null)));
    }

    private Uni<Void> deriveRecent(SqlConnection sql, UUID connectionId, String zoomUserId) {
        return connections
                .find(sql, connectionId)
                .flatMap(connection -> connection == null || !connection.active()
                        ? Uni.createFrom().voidItem()
                        : facts.recentOf(sql, connection.zoomAccountId(), zoomUserId, windowStart())
                                .flatMap(recent -> projectEach(sql, connection, recent)));
    }

    private Uni<Void> projectEach(SqlConnection sql, ConnectionRef connection, List<MeetingRef> meetings) {
        return Multi.createFrom()
                .iterable(meetings)
                .onItem()
                .transformToUniAndConcatenate(
                        meeting -> facts.lock(sql, connection.zoomAccountId(), meeting.meetingId())
                                .flatMap(ignored -> projector.project(sql, connection, meeting)))
                .collect()
                .last()
                .replaceWithVoid();
    }

    private Uni<Void> forgetIfUnused(SqlConnection sql, String zoomAccountId) {
        return connections
                .activeOfAccount(sql, zoomAccountId)
                .flatMap(others -> others.isEmpty()
                        ? facts.purge(sql, zoomAccountId)
                        : Uni.createFrom().voidItem());
    }

    private Instant windowStart() {
        return Instant.now().minus(config.unmappedWindow());
    }
}
