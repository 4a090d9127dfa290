package io.switchboard.usermapping.service;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.switchboard.messaging.Outbox;
import io.switchboard.usermapping.messaging.DirectoryEvents;
import io.switchboard.usermapping.repository.ConnectionRepository;
import io.switchboard.usermapping.repository.ConnectionRepository.KnownConnection;
import io.switchboard.usermapping.repository.ZoomUserRepository;
import io.switchboard.usermapping.repository.ZoomUserRepository.ZoomUserChange;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Keeps the directory current between imports from Zoom's user webhooks, for every active connection of the
 * account: created, updated (only the changed fields: merged), activated, deactivated, deleted and disassociated.
 * Duplicates change nothing and the newest {@code event_ts} wins; each change is matched again at once.
 */
@ApplicationScoped
public class ZoomUserEvents {

    private final Pool database;
    private final ConnectionRepository connections;
    private final ZoomUserRepository users;
    private final DirectoryWriter writer;
    private final RulesService rules;
    private final MatchService matching;
    private final DirectoryEvents events;
    private final Outbox outbox;

    public ZoomUserEvents(
            Pool database,
            ConnectionRepository connections,
            ZoomUserRepository users,
            DirectoryWriter writer,
            RulesService rules,
            MatchService matching,
            DirectoryEvents events,
            Outbox outbox) {
        this.database = database;
        this.connections = connections;
        this.users = users;
        this.writer = writer;
        this.rules = rules;
        this.matching = matching;
        this.events = events;
        this.outbox = outbox;
    }

    /** A user was created or changed in Zoom. */
    public Uni<Void> changed(String zoomAccountId, ZoomUserChange change) {
        return eachConnection(
                zoomAccountId,
                change.zoomUserId(),
                (sql, connection) -> rules.rules(sql, connection.orgId())
                        .flatMap(found -> writer.merge(sql, connection, found, change)));
    }

    /** A user left the account (deleted or disassociated). */
    public Uni<Void> removed(String zoomAccountId, String zoomUserId, long eventTs) {
        return eachConnection(
                zoomAccountId,
                zoomUserId,
                (sql, connection) -> users.remove(sql, connection.id(), zoomUserId, eventTs)
                        .flatMap(gone -> gone == null
                                ? Uni.createFrom().item(false)
                                : outbox.appendAll(sql, events.removed(connection, gone))
                                        .replaceWith(true)));
    }

    /**
     * Applies a change per active connection of the account and, where it changed something, matches again the users
     * it can affect: around the user and the addresses it had before.
     */
    private Uni<Void> eachConnection(
            String zoomAccountId, String zoomUserId, BiFunction<SqlConnection, KnownConnection, Uni<Boolean>> change) {
        return connections
                .activeOfAccount(database, zoomAccountId)
                .onItem()
                .transformToMulti(list -> Multi.createFrom().iterable(list))
                .onItem()
                .transformToUniAndConcatenate(connection ->
                        database.withTransaction(sql -> applyAndMatch(sql, connection, zoomUserId, change)))
                .collect()
                .asList()
                .replaceWithVoid();
    }

    private Uni<Void> applyAndMatch(
            SqlConnection sql,
            KnownConnection connection,
            String zoomUserId,
            BiFunction<SqlConnection, KnownConnection, Uni<Boolean>> change) {
        return matching.hold(sql)
                .flatMap(locked -> users.keysOf(sql, connection.id(), zoomUserId))
                .flatMap(before -> change.apply(sql, connection)
                        .flatMap(changed -> changed
                                ? matching.recompute(
                                                sql,
                                                connection,
                                                MatchService.AUTOMATIC,
                                                MatchScope.around(before, List.of(zoomUserId), List.of()))
                                        .replaceWithVoid()
                                : Uni.createFrom().voidItem()));
    }
}
