package io.switchboard.usermapping.service;

import io.smallrye.mutiny.Uni;
import io.switchboard.events.DirectoryTypes;
import io.switchboard.events.Topics;
import io.switchboard.messaging.Outbox;
import io.switchboard.usermapping.messaging.DirectoryEvents;
import io.switchboard.usermapping.repository.ConnectionRepository.KnownConnection;
import io.switchboard.usermapping.repository.MatchRepository;
import io.switchboard.usermapping.repository.MatchRepository.Decided;
import io.switchboard.usermapping.repository.MatchScopeRepository;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Matches a connection's Zoom users to the organisation's profiles inside the caller's transaction: the mapping rows
 * that changed and, for each change of what others see, a record or a tombstone on {@code switchboard.mappings},
 * committed with it. The decision and the writes are one statement ({@link MatchRepository}), so that a whole
 * directory is matched without moving it through the service; a narrower change matches only the users it can
 * affect ({@link MatchScope}).
 *
 * <p>Matching holds the mappings topic of the outbox exclusively ({@link #hold}). A transaction that may match, or
 * that removes Zoom users, takes it first, before any other topic and before it reads: so no two transactions wait
 * for each other crosswise, and a removal sees every mapping row a matching wrote before it.
 */
@ApplicationScoped
public class MatchService {

    /** The system's name in {@code changed_by} for automatic matching. */
    public static final String AUTOMATIC = "automatic-matching";

    private static final MatchRepository.Published PUBLISHED = new MatchRepository.Published(
            Topics.MAPPINGS, DirectoryTypes.MAPPING_CHANGED, DirectoryTypes.MAPPING_REMOVED, DirectoryEvents.SOURCE);

    private final MatchRepository matches;
    private final MatchScopeRepository scopes;
    private final Outbox outbox;

    public MatchService(MatchRepository matches, MatchScopeRepository scopes, Outbox outbox) {
        this.matches = matches;
        this.scopes = scopes;
        this.outbox = outbox;
    }

    /** Counts of a matching (of the users in scope): mapped and on, not mapped (any reason), ambiguous. */
    public record MatchCounts(int matched, int unmatched, int ambiguous) {

        static MatchCounts of(Decided decided) {
            return new MatchCounts(
                    (int) decided.matched(), (int) (decided.users() - decided.matched()), (int) decided.ambiguous());
        }
    }

    /**
     * Takes the mappings topic of the outbox until the transaction ends. Matching takes it itself; a transaction that
     * will match, or that removes Zoom users, takes it first, before any other topic and before it reads.
     */
    public Uni<Void> hold(SqlConnection sql) {
        return outbox.lockTopic(sql, Topics.MAPPINGS);
    }

    /** Matches every Zoom user of {@code connection} again; {@code changedBy} is recorded on changed rows. */
    public Uni<MatchCounts> recompute(SqlConnection sql, KnownConnection connection, String changedBy) {
        return recompute(sql, connection, changedBy, MatchScope.wholeConnection());
    }

    /** Matches again the Zoom users of {@code connection} that the change in {@code scope} can affect. */
    public Uni<MatchCounts> recompute(
            SqlConnection sql, KnownConnection connection, String changedBy, MatchScope scope) {
        if (scope.all()) {
            return hold(sql)
                    .flatMap(locked -> matches.matchAll(sql, connection.id(), connection.orgId(), changedBy, PUBLISHED))
                    .map(MatchCounts::of);
        }
        return affected(sql, connection, scope)
                .flatMap(users -> users.isEmpty()
                        ? Uni.createFrom().item(new MatchCounts(0, 0, 0))
                        : hold(sql)
                                .flatMap(locked -> matches.match(
                                        sql, connection.id(), connection.orgId(), changedBy, PUBLISHED, users))
                                .map(MatchCounts::of));
    }

    private Uni<List<String>> affected(SqlConnection sql, KnownConnection connection, MatchScope scope) {
        return scopes.affected(
                sql, connection.id(), connection.orgId(), scope.emailKeys(), scope.zoomUserIds(), scope.profileIds());
    }
}
