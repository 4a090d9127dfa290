package io.switchboard.license.service;

import io.smallrye.mutiny.Uni;
import io.switchboard.license.repository.ConnectionRefRepository;
import io.switchboard.license.repository.ConnectionRefRepository.ConnectionRef;
import io.switchboard.license.repository.DirectoryRefRepository;
import io.switchboard.license.repository.PlanSyncRepository;
import io.switchboard.license.repository.ZoomAccountRepository;
import io.switchboard.license.repository.ZoomUserRecord;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * Keeps the licence state that other services publish: connections, Zoom users, their mappings and hosting. Every
 * change is an upsert by natural key (or a delete), so that a redelivered record changes nothing.
 */
@ApplicationScoped
public class DirectoryState {

    private final ConnectionRefRepository connections;
    private final ZoomAccountRepository accounts;
    private final DirectoryRefRepository refs;
    private final PlanSyncRepository syncs;
    private final LicenceDataPurge purge;

    public DirectoryState(
            ConnectionRefRepository connections,
            ZoomAccountRepository accounts,
            DirectoryRefRepository refs,
            PlanSyncRepository syncs,
            LicenceDataPurge purge) {
        this.connections = connections;
        this.accounts = accounts;
        this.refs = refs;
        this.syncs = syncs;
        this.purge = purge;
    }

    /** A connection is live (its plan sync is then due at once) or needs re-authorisation (kept, not synced). */
    public Uni<Void> connection(SqlConnection sql, ConnectionRef connection) {
        return connections
                .upsert(sql, connection)
                .call(() -> connection.active()
                        ? syncs.request(sql, connection.id())
                        : Uni.createFrom().voidItem());
    }

    /** A sync was asked for: the plan sync of a known connection is due at once. */
    public Uni<Void> syncRequested(SqlConnection sql, UUID connectionId) {
        return connections
                .find(sql, connectionId)
                .flatMap(known -> known == null ? Uni.createFrom().voidItem() : syncs.request(sql, connectionId));
    }

    /** The connection is gone: every licence fact of it is forgotten. */
    public Uni<Void> connectionRemoved(SqlConnection sql, UUID connectionId) {
        return purge.purge(sql, connectionId);
    }

    public Uni<Void> upserted(SqlConnection sql, ZoomUserRecord user) {
        return accounts.upsert(sql, user);
    }

    public Uni<Void> removed(SqlConnection sql, UUID connectionId, String zoomUserId) {
        return accounts.remove(sql, connectionId, zoomUserId);
    }

    /** Zoom told of a sign-in of {@code zoomUserId} in {@code zoomAccountId}: every connection of it learns it. */
    public Uni<Void> signedIn(SqlConnection sql, String zoomAccountId, String zoomUserId, Instant at, String version) {
        return connections
                .activeOfAccount(sql, zoomAccountId)
                .flatMap(known -> known.isEmpty()
                        ? Uni.createFrom().voidItem()
                        : accounts.signedIn(
                                sql, known.stream().map(ConnectionRef::id).toList(), zoomUserId, at, version));
    }

    public Uni<Void> mapped(
            SqlConnection sql, UUID connectionId, String zoomUserId, String profileId, boolean enabled) {
        return refs.map(sql, connectionId, zoomUserId, profileId, enabled);
    }

    public Uni<Void> unmapped(SqlConnection sql, UUID connectionId, String zoomUserId) {
        return refs.unmap(sql, connectionId, zoomUserId);
    }

    /** A hosting; dropped when the connection was removed (checked after a purge under way has committed). */
    public Uni<Void> hosted(SqlConnection sql, UUID connectionId, String zoomUserId, Instant startedAt) {
        return connections
                .awaitPurge(sql, connectionId)
                .flatMap(ignored -> refs.hosted(sql, connectionId, zoomUserId, startedAt));
    }
}
