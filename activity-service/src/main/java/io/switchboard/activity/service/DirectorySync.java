package io.switchboard.activity.service;

import io.smallrye.mutiny.Uni;
import io.switchboard.activity.config.ActivityConfig;
import io.switchboard.activity.repository.ConnectionRefRepository;
import io.switchboard.activity.repository.ConnectionRefRepository.ConnectionRef;
import io.switchboard.activity.repository.DirectoryLocks;
import io.switchboard.activity.repository.MappingRefRepository;
import io.switchboard.activity.repository.MeetingFactRepository;
import io.switchboard.activity.repository.PhoneReportRepository;
import io.switchboard.activity.repository.ReconciliationRunRepository;
import io.switchboard.activity.repository.TimelineWriteRepository;
import io.switchboard.activity.repository.ZoomUserRefRepository;
import io.switchboard.activity.service.MeetingProjection.Mapped;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Keeps the local copies of connections and mappings, and what follows from them: a new connection or a newly mapped
 * person gets the entries of the recent activity already recorded (within the unmapped window); a person switched off
 * or unmapped has their entries hidden; a removed connection loses its activity. Each change holds its connection and
 * account ({@link DirectoryLocks}), so that no fact recorded at the same moment is missed.
 */
@ApplicationScoped
public class DirectorySync {

    /** Zoom's reports reach back six months. */
    private static final Duration MAX_BACKFILL = Duration.ofDays(183);

    private final ConnectionRefRepository connections;
    private final MappingRefRepository mappings;
    private final ZoomUserRefRepository zoomUsers;
    private final MeetingFactRepository facts;
    private final PhoneReportRepository calls;
    private final TimelineWriteRepository timeline;
    private final RecentActivity recent;
    private final DirectoryLocks locks;
    private final ReconciliationRunRepository reconciliations;
    private final ActivityConfig config;

    public DirectorySync(
            ConnectionRefRepository connections,
            MappingRefRepository mappings,
            ZoomUserRefRepository zoomUsers,
            MeetingFactRepository facts,
            PhoneReportRepository calls,
            TimelineWriteRepository timeline,
            RecentActivity recent,
            DirectoryLocks locks,
            ReconciliationRunRepository reconciliations,
            ActivityConfig config) {
        this.connections = connections;
        this.mappings = mappings;
        this.zoomUsers = zoomUsers;
        this.facts = facts;
        this.calls = calls;
        this.timeline = timeline;
        this.recent = recent;
        this.locks = locks;
        this.reconciliations = reconciliations;
        this.config = config;
    }

    /** The connection is live: remember it and derive the entries of the account's recent activity for it. */
    public Uni<Void> connected(SqlConnection sql, ConnectionRef connection) {
        return locks.changingConnection(sql, connection.id())
                .call(() -> locks.changingAccount(sql, connection.zoomAccountId()))
                .call(() -> connections.upsert(sql, connection))
                .call(() -> recent.deriveAll(sql, connection))
                .call(() -> reconciliations.enqueue(sql, connection.id(), backfillStart(), today(), "backfill"));
    }

    /** A sync was asked for: reconcile the last {@code sync-window} days. Unknown connections are left alone. */
    public Uni<Void> syncRequested(SqlConnection sql, UUID connectionId) {
        return connections
                .find(sql, connectionId)
                .flatMap(connection -> connection == null
                        ? Uni.createFrom().voidItem()
                        : reconciliations.enqueue(
                                sql,
                                connectionId,
                                today().minusDays(config.syncWindow().toDays()),
                                today(),
                                "sync"));
    }

    private LocalDate backfillStart() {
        Duration back = config.backfill().compareTo(MAX_BACKFILL) > 0 ? MAX_BACKFILL : config.backfill();
        return today().minusDays(back.toDays());
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** The connection is gone: its activity, mappings and Zoom users are purged, and the account's facts when no one else uses it. */
    public Uni<Void> removed(SqlConnection sql, UUID connectionId) {
        return lockConnection(sql, connectionId)
                .call(() -> timeline.purge(sql, connectionId))
                .call(() -> mappings.purge(sql, connectionId))
                .call(() -> zoomUsers.purge(sql, connectionId))
                .call(() -> reconciliations.purge(sql, connectionId))
                .call(() -> connections.delete(sql, connectionId))
                .call(known -> known == null ? Uni.createFrom().voidItem() : forgetIfUnused(sql, known.zoomAccountId()))
                .replaceWithVoid();
    }

    /**
     * A Zoom user is mapped, or their switch changed: their entries of this profile show while on. A newly mapped
     * person also gets the entries of their recent activity; a person switched back on does not get the activity of
     * the time they were off.
     */
    public Uni<Void> mapped(
            SqlConnection sql, UUID connectionId, String zoomUserId, String orgId, String profileId, boolean enabled) {
        return lockConnection(sql, connectionId)
                .flatMap(connection -> mappings.find(sql, connectionId, zoomUserId)
                        .call(() -> mappings.upsert(sql, connectionId, zoomUserId, orgId, profileId, enabled))
                        .call(() -> timeline.showOnly(sql, connectionId, zoomUserId, enabled ? profileId : null))
                        .call(before -> enabled && connection != null && !switchedBackOn(before, profileId)
                                ? recent.deriveFor(sql, connection, zoomUserId)
                                : Uni.createFrom().voidItem())
                        .replaceWithVoid());
    }

    /** A Zoom user is not mapped any more: their entries are hidden. */
    public Uni<Void> unmapped(SqlConnection sql, UUID connectionId, String zoomUserId) {
        return lockConnection(sql, connectionId)
                .call(() -> mappings.remove(sql, connectionId, zoomUserId))
                .call(() -> timeline.showOnly(sql, connectionId, zoomUserId, null))
                .replaceWithVoid();
    }

    private static boolean switchedBackOn(Mapped before, String profileId) {
        return before != null && !before.enabled() && before.profileId().equals(profileId);
    }

    /** Holds the connection (and its account, when the connection is known) for the transaction; the connection. */
    private Uni<ConnectionRef> lockConnection(SqlConnection sql, UUID connectionId) {
        return locks.changingConnection(sql, connectionId)
                .flatMap(ignored -> connections.find(sql, connectionId))
                .call(connection -> connection == null
                        ? Uni.createFrom().voidItem()
                        : locks.changingAccount(sql, connection.zoomAccountId()));
    }

    private Uni<Void> forgetIfUnused(SqlConnection sql, String zoomAccountId) {
        return connections
                .activeOfAccount(sql, zoomAccountId)
                .flatMap(others -> others.isEmpty()
                        ? facts.purge(sql, zoomAccountId).call(() -> calls.purge(sql, zoomAccountId))
                        : Uni.createFrom().voidItem());
    }
}
