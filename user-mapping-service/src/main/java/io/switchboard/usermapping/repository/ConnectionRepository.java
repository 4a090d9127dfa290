package io.switchboard.usermapping.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Connections as {@code switchboard.connections} announced them: organisation, Zoom account and status. */
@ApplicationScoped
public class ConnectionRepository {

    /** A known connection. */
    public record KnownConnection(UUID id, String orgId, String zoomAccountId, String status) {

        public boolean active() {
            return "active".equals(status);
        }
    }

    /** Stores the connection's latest state. */
    public Uni<Void> upsert(SqlClient sql, KnownConnection connection) {
        return sql.preparedQuery("insert into connection (id, org_id, zoom_account_id, status, updated_at)"
                        + " values ($1, $2, $3, $4, now()) on conflict (id) do update set org_id = excluded.org_id,"
                        + " zoom_account_id = coalesce(excluded.zoom_account_id, connection.zoom_account_id),"
                        + " status = excluded.status, updated_at = now()")
                .execute(Tuple.of(connection.id(), connection.orgId(), connection.zoomAccountId(), connection.status()))
                .replaceWithVoid();
    }

    /** The connection {@code id} if it belongs to {@code orgId} and is not removed; null otherwise. */
    public Uni<KnownConnection> findLiveInOrg(SqlClient sql, String orgId, UUID id) {
        return sql.preparedQuery("select id, org_id, zoom_account_id, status from connection"
                        + " where id = $1 and org_id = $2 and status <> 'removed'")
                .execute(Tuple.of(id, orgId))
                .map(rows -> rows.size() == 0 ? null : read(rows.iterator().next()));
    }

    /** The connection {@code id}, or null. */
    public Uni<KnownConnection> find(SqlClient sql, UUID id) {
        return sql.preparedQuery("select id, org_id, zoom_account_id, status from connection where id = $1")
                .execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? null : read(rows.iterator().next()));
    }

    /** Every active connection (for the daily import). */
    public Uni<List<KnownConnection>> active(SqlClient sql) {
        return sql.query("select id, org_id, zoom_account_id, status from connection where status = 'active'")
                .execute()
                .map(rows -> DirectoryRows.all(rows, ConnectionRepository::read));
    }

    /** The active connections of a Zoom account (zoom.user events name only the account). */
    public Uni<List<KnownConnection>> activeOfAccount(SqlClient sql, String zoomAccountId) {
        return sql.preparedQuery("select id, org_id, zoom_account_id, status from connection"
                        + " where zoom_account_id = $1 and status = 'active'")
                .execute(Tuple.of(zoomAccountId))
                .map(rows -> DirectoryRows.all(rows, ConnectionRepository::read));
    }

    private static KnownConnection read(io.vertx.mutiny.sqlclient.Row row) {
        return new KnownConnection(
                row.getUUID("id"), row.getString("org_id"), row.getString("zoom_account_id"), row.getString("status"));
    }
}
