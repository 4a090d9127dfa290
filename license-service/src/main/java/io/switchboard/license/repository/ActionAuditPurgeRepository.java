package io.switchboard.license.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Removes a removed connection's action audit (it names Zoom users and their emails). */
@ApplicationScoped
public class ActionAuditPurgeRepository {

    public Uni<Void> purge(SqlClient sql, UUID connectionId) {
        return sql.preparedQuery("delete from license_action where connection_id = $1")
                .execute(Tuple.of(connectionId))
                .replaceWithVoid();
    }
}
