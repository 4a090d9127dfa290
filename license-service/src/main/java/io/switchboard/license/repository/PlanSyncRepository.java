package io.switchboard.license.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * When each connection's plan sync is due, and its claims: a sync is due when it was asked for since the last
 * attempt, when the last attempt failed a while ago, or when the last success is older than the period. Claiming
 * moves {@code attempted_at} in one statement, so that one replica alone syncs a connection at a time.
 */
@ApplicationScoped
public class PlanSyncRepository {

    /** The state of a connection's plan sync. */
    public record SyncState(Instant attemptedAt, Instant succeededAt, String lastError) {}

    /** A sync is asked for (connect, sync request): it is due at once. */
    public Uni<Void> request(SqlClient sql, UUID connectionId) {
        return sql.preparedQuery("insert into plan_sync (connection_id, requested_at) values ($1, clock_timestamp())"
                        + " on conflict (connection_id) do update set requested_at = clock_timestamp()")
                .execute(Tuple.of(connectionId))
                .replaceWithVoid();
    }

    /**
     * Claims up to {@code limit} due syncs of active connections: asked for, failed before {@code retryBefore}, or
     * succeeded last before {@code staleBefore}.
     */
    public Uni<List<UUID>> claimDue(SqlClient sql, Instant staleBefore, Instant retryBefore, int limit) {
        String due = " (s.requested_at > coalesce(s.attempted_at, '-infinity')"
                + " or (s.last_error is not null and s.attempted_at < $2)"
                + " or coalesce(s.succeeded_at, '-infinity') < $1 and coalesce(s.attempted_at, '-infinity') < $2)";
        return sql.preparedQuery("with due as (select c.connection_id from connection_ref c"
                        + " left join plan_sync s on s.connection_id = c.connection_id where c.active and"
                        + " (s.connection_id is null or" + due + ") order by s.attempted_at nulls first limit $3)"
                        + " insert into plan_sync as s (connection_id, attempted_at) select connection_id,"
                        + " clock_timestamp() from due on conflict (connection_id) do update set attempted_at ="
                        + " clock_timestamp() where" + due + " returning s.connection_id")
                .execute(Tuple.of(ZoomAccountRepository.at(staleBefore), ZoomAccountRepository.at(retryBefore), limit))
                .map(rows -> {
                    List<UUID> ids = new ArrayList<>();
                    rows.forEach(row -> ids.add(row.getUUID(0)));
                    return ids;
                });
    }

    /** Marks an attempt now (for a sync asked for over REST, run at once). */
    public Uni<Void> attempting(SqlClient sql, UUID connectionId) {
        return sql.preparedQuery("insert into plan_sync (connection_id, attempted_at) values ($1, clock_timestamp())"
                        + " on conflict (connection_id) do update set attempted_at = clock_timestamp()")
                .execute(Tuple.of(connectionId))
                .replaceWithVoid();
    }

    public Uni<Void> succeeded(SqlClient sql, UUID connectionId) {
        return sql.preparedQuery("update plan_sync set succeeded_at = clock_timestamp(), last_error = null"
                        + " where connection_id = $1")
                .execute(Tuple.of(connectionId))
                .replaceWithVoid();
    }

    public Uni<Void> failed(SqlClient sql, UUID connectionId, String error) {
        return sql.preparedQuery("update plan_sync set last_error = $2 where connection_id = $1")
                .execute(Tuple.of(connectionId, error))
                .replaceWithVoid();
    }

    /** The connection's sync state, or null before any. */
    public Uni<SyncState> state(SqlClient sql, UUID connectionId) {
        return sql.preparedQuery(
                        "select attempted_at, succeeded_at, last_error from plan_sync where connection_id = $1")
                .execute(Tuple.of(connectionId))
                .map(rows -> {
                    for (Row row : rows) {
                        return new SyncState(
                                ZoomAccountRepository.instant(row, "attempted_at"),
                                ZoomAccountRepository.instant(row, "succeeded_at"),
                                row.getString("last_error"));
                    }
                    return null;
                });
    }
}
