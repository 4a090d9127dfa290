package io.switchboard.usermapping.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The mapping of every Zoom user of a connection: its profile (auto or manual) or the reason it has none. */
@ApplicationScoped
public class MappingRepository {

    /** Rows per write statement, which bounds the size of one request to PostgreSQL. */
    private static final int CHUNK = 5_000;

    /** What matching needs to know of one Zoom user. */
    public record MatchInput(String zoomUserId, String status, Set<String> keys, String manualProfile) {}

    /** A stored mapping row. */
    public record MappingRow(String profileId, String source, String reason, boolean enabled) {}

    /** A mapping row to write. */
    public record MappingWrite(String zoomUserId, String profileId, String source, String reason, boolean enabled) {}

    private static final String INPUTS = "select z.zoom_user_id, z.status,"
            + " coalesce(string_agg(k.email_key, ' '), '') as keys, max(m.profile_id) as manual_profile"
            + " from zoom_user z %s"
            + " left join zoom_user_key k on k.connection_id = z.connection_id and k.zoom_user_id = z.zoom_user_id"
            + " left join manual_mapping m on m.connection_id = z.connection_id and m.zoom_user_id = z.zoom_user_id"
            + " where z.connection_id = $1 group by z.zoom_user_id, z.status";

    private static final String CURRENT =
            "select m.zoom_user_id, m.profile_id, m.source, m.reason, m.enabled from mapping m %s"
                    + " where m.connection_id = $1";

    // A join with unnest, not "= any($2)": the generic plan of a prepared statement would scan the connection's rows.
    private static final String ONLY_USERS = "join unnest($2::text[]) as scope (id) on scope.id = %s.zoom_user_id";

    /** What matching needs of the connection's Zoom users ({@code zoomUserIds}, or all when null). */
    public Uni<List<MatchInput>> inputs(SqlClient sql, UUID connectionId, List<String> zoomUserIds) {
        return scoped(sql, INPUTS, "z", connectionId, zoomUserIds)
                .map(rows -> DirectoryRows.all(
                        rows,
                        row -> new MatchInput(
                                row.getString("zoom_user_id"),
                                row.getString("status"),
                                keys(row.getString("keys")),
                                row.getString("manual_profile"))));
    }

    /** The stored mapping rows of the connection's Zoom users ({@code zoomUserIds}, or all when null), by id. */
    public Uni<Map<String, MappingRow>> current(SqlClient sql, UUID connectionId, List<String> zoomUserIds) {
        return scoped(sql, CURRENT, "m", connectionId, zoomUserIds).map(rows -> {
            Map<String, MappingRow> current = new HashMap<>();
            for (Row row : rows) {
                current.put(row.getString("zoom_user_id"), read(row));
            }
            return current;
        });
    }

    private static Uni<RowSet<Row>> scoped(
            SqlClient sql, String query, String alias, UUID connectionId, List<String> zoomUserIds) {
        if (zoomUserIds == null) {
            return sql.preparedQuery(query.formatted("")).execute(Tuple.of(connectionId));
        }
        return sql.preparedQuery(query.formatted(ONLY_USERS.formatted(alias)))
                .execute(Tuple.of(connectionId).addArrayOfString(zoomUserIds.toArray(String[]::new)));
    }

    /** Writes mapping rows (insert or replace), recording who changed them. */
    public Uni<Void> write(SqlClient sql, UUID connectionId, String orgId, String changedBy, List<MappingWrite> rows) {
        if (rows.size() > CHUNK) {
            return write(sql, connectionId, orgId, changedBy, rows.subList(0, CHUNK))
                    .flatMap(ignored -> write(sql, connectionId, orgId, changedBy, rows.subList(CHUNK, rows.size())));
        }
        if (rows.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Tuple parameters = Tuple.of(connectionId, orgId, changedBy)
                .addArrayOfString(rows.stream().map(MappingWrite::zoomUserId).toArray(String[]::new))
                .addArrayOfString(rows.stream().map(MappingWrite::profileId).toArray(String[]::new))
                .addArrayOfString(rows.stream().map(MappingWrite::source).toArray(String[]::new))
                .addArrayOfString(rows.stream().map(MappingWrite::reason).toArray(String[]::new))
                .addArrayOfBoolean(rows.stream().map(MappingWrite::enabled).toArray(Boolean[]::new));
        return sql.preparedQuery("insert into mapping (connection_id, zoom_user_id, org_id, profile_id, source, reason,"
                        + " enabled, changed_by, changed_at) select $1, w.zoom_user_id, $2, w.profile_id, w.source,"
                        + " w.reason, w.enabled, $3, now() from unnest($4::text[], $5::text[], $6::text[], $7::text[],"
                        + " $8::boolean[]) as w (zoom_user_id, profile_id, source, reason, enabled)"
                        + " on conflict (connection_id, zoom_user_id) do update set profile_id = excluded.profile_id,"
                        + " source = excluded.source, reason = excluded.reason, enabled = excluded.enabled,"
                        + " changed_by = excluded.changed_by, changed_at = now()")
                .execute(parameters)
                .replaceWithVoid();
    }

    /** The row of one Zoom user, or null. */
    public Uni<MappingRow> find(SqlClient sql, UUID connectionId, String zoomUserId) {
        return sql.preparedQuery("select profile_id, source, reason, enabled from mapping"
                        + " where connection_id = $1 and zoom_user_id = $2")
                .execute(Tuple.of(connectionId, zoomUserId))
                .map(rows -> rows.size() == 0 ? null : read(rows.iterator().next()));
    }

    /** Records an admin's mapping of a Zoom user to a profile (replacing an earlier one). */
    public Uni<Void> setManual(
            SqlClient sql, UUID connectionId, String zoomUserId, String orgId, String profileId, String by) {
        return sql.preparedQuery("insert into manual_mapping (connection_id, zoom_user_id, org_id, profile_id,"
                        + " created_by, created_at) values ($1, $2, $3, $4, $5, now()) on conflict (connection_id,"
                        + " zoom_user_id) do update set profile_id = excluded.profile_id, created_by = excluded.created_by,"
                        + " created_at = now()")
                .execute(Tuple.of(connectionId, zoomUserId, orgId, profileId, by))
                .replaceWithVoid();
    }

    /** Removes an admin's mapping; whether there was one. */
    public Uni<Boolean> clearManual(
            SqlClient sql, UUID connectionId, String zoomUserId, String orgId, String profileId) {
        return sql.preparedQuery("delete from manual_mapping where connection_id = $1 and zoom_user_id = $2"
                        + " and org_id = $3 and profile_id = $4")
                .execute(Tuple.of(connectionId, zoomUserId, orgId, profileId))
                .map(rows -> rows.rowCount() > 0);
    }

    private static MappingRow read(Row row) {
        return new MappingRow(
                row.getString("profile_id"),
                row.getString("source"),
                row.getString("reason"),
                row.getBoolean("enabled"));
    }

    private static Set<String> keys(String joined) {
        return joined.isBlank() ? Set.of() : Set.of(joined.trim().split(" +"));
    }
}
