package io.switchboard.usermapping.service;

import io.smallrye.mutiny.Uni;
import io.switchboard.messaging.Outbox;
import io.switchboard.usermapping.messaging.DirectoryEvents;
import io.switchboard.usermapping.repository.ConnectionRepository;
import io.switchboard.usermapping.repository.ConnectionRepository.KnownConnection;
import io.switchboard.usermapping.repository.ImportRunRepository;
import io.switchboard.usermapping.repository.ZoomUserRepository;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Follows {@code switchboard.connections}: an established, restored or re-synced connection is (re)imported; a
 * removed one is purged, with a tombstone for every Zoom user and mapping key it had, in one transaction. Every
 * effect is idempotent, so a redelivery changes nothing.
 */
@ApplicationScoped
public class ConnectionSync {

    /** What a connection event says. */
    public enum Change {
        ESTABLISHED,
        RESTORED,
        SYNC_REQUESTED,
        REAUTH_REQUIRED,
        REMOVED
    }

    private final Pool database;
    private final ConnectionRepository connections;
    private final ImportRunRepository runs;
    private final ZoomUserRepository users;
    private final DirectoryEvents events;
    private final Outbox outbox;
    private final MatchService matching;
    private final ImportWorker worker;

    public ConnectionSync(
            Pool database,
            ConnectionRepository connections,
            ImportRunRepository runs,
            ZoomUserRepository users,
            DirectoryEvents events,
            Outbox outbox,
            MatchService matching,
            ImportWorker worker) {
        this.database = database;
        this.connections = connections;
        this.runs = runs;
        this.users = users;
        this.events = events;
        this.outbox = outbox;
        this.matching = matching;
        this.worker = worker;
    }

    public Uni<Void> apply(Change change, KnownConnection connection) {
        return switch (change) {
            case ESTABLISHED, RESTORED, SYNC_REQUESTED -> importNow(change, active(connection));
            case REAUTH_REQUIRED -> connections.upsert(database, connection);
            case REMOVED -> purge(connection);
        };
    }

    private static KnownConnection active(KnownConnection connection) {
        return new KnownConnection(connection.id(), connection.orgId(), connection.zoomAccountId(), "active");
    }

    private Uni<Void> importNow(Change change, KnownConnection connection) {
        return database.withTransaction(sql -> connections
                        .upsert(sql, connection)
                        .flatMap(ignored ->
                                runs.enqueue(sql, connection.id(), change.name().toLowerCase(java.util.Locale.ROOT)))
                        .replaceWithVoid())
                .invoke(worker::wake);
    }

    private Uni<Void> purge(KnownConnection connection) {
        KnownConnection removed =
                new KnownConnection(connection.id(), connection.orgId(), connection.zoomAccountId(), "removed");
        // The runs end first: their row lock waits out a page being stored, which the purge then sees and removes.
        return database.withTransaction(sql -> runs.cancel(sql, connection.id(), "The connection was removed")
                .flatMap(ignored -> connections.upsert(sql, removed))
                .flatMap(ignored -> matching.hold(sql))
                .flatMap(ignored -> users.purge(sql, connection.id()))
                .flatMap(ids -> outbox.appendAll(sql, events.purged(removed, ids))));
    }
}
