package io.switchboard.license.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/** What other topics tell of a Zoom user: the profile it is mapped to, and when it last hosted. */
@ApplicationScoped
public class DirectoryRefRepository {

    public Uni<Void> map(SqlClient sql, UUID connectionId, String zoomUserId, String profileId, boolean enabled) {
        return sql.preparedQuery("insert into mapping_ref (connection_id, zoom_user_id, profile_id, enabled)"
                        + " values ($1, $2, $3, $4) on conflict (connection_id, zoom_user_id) do update set"
                        + " profile_id = excluded.profile_id, enabled = excluded.enabled")
                .execute(Tuple.of(connectionId, zoomUserId, profileId, enabled))
                .replaceWithVoid();
    }

    public Uni<Void> unmap(SqlClient sql, UUID connectionId, String zoomUserId) {
        return sql.preparedQuery("delete from mapping_ref where connection_id = $1 and zoom_user_id = $2")
                .execute(Tuple.of(connectionId, zoomUserId))
                .replaceWithVoid();
    }

    /**
     * The user hosted at {@code startedAt}; the newest hosting is kept, whatever the order of arrival. Nothing is kept
     * for a connection that was removed.
     */
    public Uni<Void> hosted(SqlClient sql, UUID connectionId, String zoomUserId, Instant startedAt) {
        return sql.preparedQuery("insert into hosting (connection_id, zoom_user_id, last_hosted_at)"
                        + " select $1, $2, $3 where not exists"
                        + " (select 1 from removed_connection r where r.connection_id = $1)"
                        + " on conflict (connection_id, zoom_user_id) do update set last_hosted_at ="
                        + " greatest(hosting.last_hosted_at, excluded.last_hosted_at)")
                .execute(Tuple.of(connectionId, zoomUserId, ZoomAccountRepository.at(startedAt)))
                .replaceWithVoid();
    }
}
