package io.switchboard.activity.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** The Zoom users of each connection this service knows from {@code switchboard.zoom-users}. */
@ApplicationScoped
public class ZoomUserRefRepository {

    public Uni<Void> upsert(SqlClient sql, UUID connectionId, String zoomUserId, String email) {
        return sql.preparedQuery("insert into zoom_user_ref (connection_id, zoom_user_id, email) values ($1, $2, $3)"
                        + " on conflict (connection_id, zoom_user_id) do update set email = excluded.email")
                .execute(Tuple.of(connectionId, zoomUserId, email))
                .replaceWithVoid();
    }

    public Uni<Void> remove(SqlClient sql, UUID connectionId, String zoomUserId) {
        return sql.preparedQuery("delete from zoom_user_ref where connection_id = $1 and zoom_user_id = $2")
                .execute(Tuple.of(connectionId, zoomUserId))
                .replaceWithVoid();
    }

    public Uni<Void> purge(SqlClient sql, UUID connectionId) {
        return sql.preparedQuery("delete from zoom_user_ref where connection_id = $1")
                .execute(Tuple.of(connectionId))
                .replaceWithVoid();
    }

    /** Which of these Zoom user ids are users of the connection. */
    public Uni<Set<String>> known(SqlClient sql, UUID connectionId, Collection<String> zoomUserIds) {
        if (zoomUserIds.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return sql.preparedQuery("select z.zoom_user_id from zoom_user_ref z join unnest($2::text[]) as u (id)"
                        + " on z.connection_id = $1 and z.zoom_user_id = u.id")
                .execute(Tuple.of(connectionId).addArrayOfString(zoomUserIds.toArray(String[]::new)))
                .map(rows -> {
                    Set<String> known = new HashSet<>();
                    for (Row row : rows) {
                        known.add(row.getString(0));
                    }
                    return known;
                });
    }
}
