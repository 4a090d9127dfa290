package io.switchboard.activity.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The connections this service knows from {@code switchboard.connections}: which org a Zoom account belongs to. */
@ApplicationScoped
public class ConnectionRefRepository {

    /** A connection of an organisation to a Zoom account. */
    public record ConnectionRef(UUID id, String orgId, String zoomAccountId, boolean active) {}

    public Uni<Void> upsert(SqlClient sql, ConnectionRef connection) {
        return sql.preparedQuery("insert into connection_ref (connection_id, org_id, zoom_account_id, active)"
                        + " values ($1, $2, $3, $4) on conflict (connection_id) do update set org_id = excluded.org_id,"
                        + " zoom_account_id = excluded.zoom_account_id, active = excluded.active")
                .execute(Tuple.of(connection.id(), connection.orgId(), connection.zoomAccountId(), connection.active()))
                .replaceWithVoid();
    }

    /** The active connections of a Zoom account (several organisations may connect one account). */
    public Uni<List<ConnectionRef>> activeOfAccount(SqlClient sql, String zoomAccountId) {
        return sql.preparedQuery("select connection_id, org_id, zoom_account_id, active from connection_ref"
                        + " where zoom_account_id = $1 and active order by connection_id")
                .execute(Tuple.of(zoomAccountId))
                .map(ConnectionRefRepository::all);
    }

    /** The Zoom accounts of the organisation's active connections, in lock order. */
    public Uni<List<String>> accountsOf(SqlClient sql, String orgId) {
        return sql.preparedQuery("select distinct zoom_account_id from connection_ref where org_id = $1 and active"
                        + " order by zoom_account_id")
                .execute(Tuple.of(orgId))
                .map(rows -> {
                    List<String> accounts = new ArrayList<>();
                    rows.forEach(row -> accounts.add(row.getString(0)));
                    return accounts;
                });
    }

    /** The connection, or null. */
    public Uni<ConnectionRef> find(SqlClient sql, UUID connectionId) {
        return sql.preparedQuery("select connection_id, org_id, zoom_account_id, active from connection_ref"
                        + " where connection_id = $1")
                .execute(Tuple.of(connectionId))
                .map(rows -> all(rows).stream().findFirst().orElse(null));
    }

    public Uni<Void> delete(SqlClient sql, UUID connectionId) {
        return sql.preparedQuery("delete from connection_ref where connection_id = $1")
                .execute(Tuple.of(connectionId))
                .replaceWithVoid();
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
