package io.switchboard.usermapping.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The mapping of every Zoom user of a connection: its profile (auto or manual) or the reason it has none. */
@ApplicationScoped
public class MappingRepository {

    /** A stored mapping row. */
    public record MappingRow(String profileId, String source, String reason, boolean enabled) {}

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
}
