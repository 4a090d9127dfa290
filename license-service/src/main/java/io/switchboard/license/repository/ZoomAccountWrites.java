package io.switchboard.license.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.UUID;

/**
 * What this service's own user actions change in {@code zoom_account} at once, so that reads show it before the
 * directory's event comes back: a status, a licence type, a removed user, an invited user.
 */
@ApplicationScoped
public class ZoomAccountWrites {

    /** A user just invited at Zoom, keyed as the directory keys them. */
    public record Invited(
            UUID connectionId,
            String zoomUserId,
            String orgId,
            String email,
            String firstName,
            String lastName,
            int licenseType,
            String status) {}

    /** The user's new status; deactivating takes the licence away (Zoom makes the user Basic). */
    public Uni<Void> status(SqlClient sql, UUID connectionId, String zoomUserId, String status) {
        return sql.preparedQuery("update zoom_account set status = $3, license_type = case when $3 = 'inactive'"
                        + " then 1 else license_type end, licensed_since = case when $3 = 'inactive' then null"
                        + " else licensed_since end, updated_at = now() where connection_id = $1 and zoom_user_id = $2")
                .execute(Tuple.of(connectionId, zoomUserId, status))
                .replaceWithVoid();
    }

    /** The user's new licence type; Licensed from now unless they held it already. */
    public Uni<Void> licenseType(SqlClient sql, UUID connectionId, String zoomUserId, int type) {
        return sql.preparedQuery("update zoom_account set licensed_since = case when $3 <> 2 then null"
                        + " when license_type = 2 then licensed_since else now() end, license_type = $3,"
                        + " updated_at = now() where connection_id = $1 and zoom_user_id = $2")
                .execute(Tuple.of(connectionId, zoomUserId, type))
                .replaceWithVoid();
    }

    /** The user left the account. */
    public Uni<Void> remove(SqlClient sql, UUID connectionId, String zoomUserId) {
        return sql.preparedQuery("delete from zoom_account where connection_id = $1 and zoom_user_id = $2")
                .execute(Tuple.of(connectionId, zoomUserId))
                .replaceWithVoid();
    }

    /** A user just created (under its directory key); a row the directory wrote first stays as it is. */
    public Uni<Void> created(SqlClient sql, Invited user) {
        return sql.preparedQuery("insert into zoom_account (connection_id, zoom_user_id, org_id, email, first_name,"
                        + " last_name, license_type, status, created_at, licensed_since)"
                        + " values ($1, $2, $3, $4, $5, $6, $7, $8, now(), case when $7 = 2 then now() end)"
                        + " on conflict (connection_id, zoom_user_id) do nothing")
                .execute(Tuple.tuple(Arrays.asList(
                        user.connectionId(),
                        user.zoomUserId(),
                        user.orgId(),
                        user.email(),
                        user.firstName(),
                        user.lastName(),
                        user.licenseType(),
                        user.status())))
                .replaceWithVoid();
    }
}
