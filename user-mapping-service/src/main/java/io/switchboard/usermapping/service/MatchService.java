package io.switchboard.usermapping.service;

import io.smallrye.mutiny.Uni;
import io.switchboard.events.DirectoryTypes;
import io.switchboard.events.Topics;
import io.switchboard.messaging.Outbox;
import io.switchboard.usermapping.config.UserMappingConfig;
import io.switchboard.usermapping.messaging.DirectoryEvents;
import io.switchboard.usermapping.repository.ConnectionRepository.KnownConnection;
import io.switchboard.usermapping.repository.MatchRepository;
import io.switchboard.usermapping.repository.MatchRepository.Decided;
import io.switchboard.usermapping.repository.MatchRepository.Part;
import io.switchboard.usermapping.repository.MatchScopeRepository;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.stream.IntStream;

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
    private final UserMappingConfig config;

    public MatchService(MatchRepository matches, MatchScopeRepository scopes, Outbox outbox, UserMappingConfig config) {
        this.matches = matches;
        this.scopes = scopes;
        this.outbox = outbox;
        this.config = config;
    }

    /** Counts of a matching (of the users in scope): mapped and on, not mapped (any reason), ambiguous. */
    public record MatchCounts(int matched, int unmatched, int ambiguous) {

        static MatchCounts of(Decided decided) {
            return new MatchCounts(
                    (int) decided.matched(), (int) (decided.users() - decided.matched()), (int) decided.ambiguous());
        }

        static MatchCounts sum(List<Decided> parts) {
            return of(new Decided(
                    parts.stream().mapToLong(Decided::users).sum(),
                    parts.stream().mapToLong(Decided::matched).sum(),
                    parts.stream().mapToLong(Decided::ambiguous).sum()));
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
                    .flatMap(locked -> matches.matchAll(
                            sql, connection.id(), connection.orgId(), changedBy, PUBLISHED, Part.WHOLE))
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

    /**
     * Matches every Zoom user of {@code connection} again in {@code match-parts} transactions at once, for a whole
     * directory after an import: PostgreSQL runs one statement on one core, and the writes of a large directory are
     * most of the time. Each part counts claims over every user and writes only its own users (and their records),
     * so together the parts give the result of matching at once. They hold the mappings topic shared with each other
     * ({@link Outbox#shareTopic}), which holds off every other writer of mappings (each holds it exclusively, see
     * {@link #hold}), so the parts decide on the same directory. A part that fails leaves the parts that committed in
     * place: each is the right result for its users.
     */
    public Uni<MatchCounts> recomputeInParts(Pool database, KnownConnection connection, String changedBy) {
        int parts = config.matchParts();
        List<Uni<Decided>> each = IntStream.range(0, parts)
                .mapToObj(part -> database.withTransaction(sql -> outbox.shareTopic(sql, Topics.MAPPINGS)
                        .flatMap(locked -> matches.matchAll(
                                sql,
                                connection.id(),
                                connection.orgId(),
                                changedBy,
                                PUBLISHED,
                                new Part(part, parts)))))
                .toList();
        return Uni.join().all(each).andCollectFailures().map(MatchCounts::sum);
    }

    private Uni<List<String>> affected(SqlConnection sql, KnownConnection connection, MatchScope scope) {
        return scopes.affected(
                sql, connection.id(), connection.orgId(), scope.emailKeys(), scope.zoomUserIds(), scope.profileIds());
    }
}
