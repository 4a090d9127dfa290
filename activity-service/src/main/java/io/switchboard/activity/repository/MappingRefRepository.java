package io.switchboard.activity.repository;

import io.smallrye.mutiny.Uni;
import io.switchboard.activity.service.MeetingProjection.Mapped;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The mappings this service knows from {@code switchboard.mappings}: the profile of each Zoom user of a connection. */
@ApplicationScoped
public class MappingRefRepository {

    public Uni<Void> upsert(
            SqlClient sql, UUID connectionId, String zoomUserId, String orgId, String profileId, boolean enabled) {
        return sql.preparedQuery("insert into mapping_ref (connection_id, zoom_user_id, org_id, profile_id, enabled)"
                        + " values ($1, $2, $3, $4, $5) on conflict (connection_id, zoom_user_id) do update set"
                        + " org_id = excluded.org_id, profile_id = excluded.profile_id, enabled = excluded.enabled")
                .execute(Tuple.of(connectionId, zoomUserId, orgId, profileId, enabled))
                .replaceWithVoid();
    }

    /** The mapping of one Zoom user of the connection, or null. */
    public Uni<Mapped> find(SqlClient sql, UUID connectionId, String zoomUserId) {
        return of(sql, connectionId, List.of(zoomUserId)).map(found -> found.get(zoomUserId));
    }

    public Uni<Void> remove(SqlClient sql, UUID connectionId, String zoomUserId) {
        return sql.preparedQuery("delete from mapping_ref where connection_id = $1 and zoom_user_id = $2")
                .execute(Tuple.of(connectionId, zoomUserId))
                .replaceWithVoid();
    }

    public Uni<Void> purge(SqlClient sql, UUID connectionId) {
        return sql.preparedQuery("delete from mapping_ref where connection_id = $1")
                .execute(Tuple.of(connectionId))
                .replaceWithVoid();
    }

    /** The mappings of these Zoom users of the connection, by Zoom user id (absent: not mapped). */
    public Uni<Map<String, Mapped>> of(SqlClient sql, UUID connectionId, Collection<String> zoomUserIds) {
        if (zoomUserIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return sql.preparedQuery("select m.zoom_user_id, m.profile_id, m.enabled from mapping_ref m"
                        + " join unnest($2::text[]) as u (id) on m.connection_id = $1 and m.zoom_user_id = u.id")
                .execute(Tuple.of(connectionId).addArrayOfString(zoomUserIds.toArray(String[]::new)))
                .map(rows -> {
                    Map<String, Mapped> mapped = new HashMap<>();
                    for (Row row : rows) {
                        mapped.put(
                                row.getString("zoom_user_id"),
                                new Mapped(row.getString("profile_id"), row.getBoolean("enabled")));
                    }
                    return mapped;
                });
    }
}
