package io.switchboard.license.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The connections this service knows from {@code switchboard.connections}. */
@ApplicationScoped
public class ConnectionRefRepository {

    private static final String COLUMNS = "connection_id, org_id, zoom_account_id, active";

    /** A connection of an organisation to a Zoom account. */
    public record ConnectionRef(UUID id, String orgId, String zoomAccountId, boolean active) {}

    public Uni<Void> upsert(SqlClient sql, ConnectionRef connection) {
        return sql.preparedQuery("with back as (delete from removed_connection where connection_id = $1)"
                        + " insert into connection_ref (" + COLUMNS + ") values ($1, $2, $3, $4)"
                        + " on conflict (connection_id) do update set org_id = excluded.org_id,"
                        + " zoom_account_id = excluded.zoom_account_id, active = excluded.active, updated_at = now()")
                .execute(Tuple.of(connection.id(), connection.orgId(), connection.zoomAccountId(), connection.active()))
                .replaceWithVoid();
    }

    /** The connection, or null. */
    public Uni<ConnectionRef> find(SqlClient sql, UUID connectionId) {
        return sql.preparedQuery("select " + COLUMNS + " from connection_ref where connection_id = $1")
                .execute(Tuple.of(connectionId))
                .map(rows -> first(all(rows)));
    }

    /** The connection, locked until the transaction ends (a purge of it then waits), or null. */
    public Uni<ConnectionRef> lock(SqlClient sql, UUID connectionId) {
        return sql.preparedQuery("select " + COLUMNS + " from connection_ref where connection_id = $1 for update")
                .execute(Tuple.of(connectionId))
                .map(rows -> first(all(rows)));
    }

    /** The connection if it belongs to {@code orgId}, or null. */
    public Uni<ConnectionRef> findOfOrg(SqlClient sql, String orgId, UUID connectionId) {
        return sql.preparedQuery("select " + COLUMNS + " from connection_ref where connection_id = $1 and org_id = $2")
                .execute(Tuple.of(connectionId, orgId))
                .map(rows -> first(all(rows)));
    }

    /** The active connections of a Zoom account (several organisations may connect one account). */
    public Uni<List<ConnectionRef>> activeOfAccount(SqlClient sql, String zoomAccountId) {
        return sql.preparedQuery("select " + COLUMNS + " from connection_ref where zoom_account_id = $1 and active"
                        + " order by connection_id")
                .execute(Tuple.of(zoomAccountId))
                .map(ConnectionRefRepository::all);
    }

    /** Active connections whose plan was not synced successfully since {@code before}, oldest first. */
    public Uni<List<ConnectionRef>> dueForSync(SqlClient sql, java.time.OffsetDateTime before, int limit) {
        return sql.preparedQuery("select c.connection_id, c.org_id, c.zoom_account_id, c.active from connection_ref c"
                        + " left join plan_sync s on s.connection_id = c.connection_id"
                        + " where c.active and (s.attempted_at is null or s.attempted_at < $1)"
                        + " order by s.attempted_at nulls first limit $2")
                .execute(Tuple.of(before, limit))
                .map(ConnectionRefRepository::all);
    }

    /**
     * Waits for a purge of the connection under way to commit (a share lock on its row, which a purge locks first).
     */
    public Uni<Void> awaitPurge(SqlClient sql, UUID connectionId) {
        return sql.preparedQuery("select 1 from connection_ref where connection_id = $1 for share")
                .execute(Tuple.of(connectionId))
                .replaceWithVoid();
    }

    /** Forgets the connection and remembers that it was removed; true when it was known. */
    public Uni<Boolean> delete(SqlClient sql, UUID connectionId) {
        return sql.preparedQuery("with marked as (insert into removed_connection (connection_id) values ($1)"
                        + " on conflict (connection_id) do update set removed_at = now())"
                        + " delete from connection_ref where connection_id = $1")
                .execute(Tuple.of(connectionId))
                .map(rows -> rows.rowCount() > 0);
    }

    private static ConnectionRef first(List<ConnectionRef> all) {
        return all.isEmpty() ? null : all.get(0);
    }

    private static List<ConnectionRef> all(RowSet<Row> rows) {
        List<ConnectionRef> all = new ArrayList<>();
        for (Row row : rows) {
            all.add(new ConnectionRef(
                    row.getUUID("connection_id"),
                    row.getString("org_id"),
                    row.getString("zoom_account_id"),
                    row.getBoolean("active")));
        }
        return all;
    }
}
