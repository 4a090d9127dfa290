package io.switchboard.license.repository;

import io.smallrye.mutiny.Uni;
import io.switchboard.license.mapping.ZoomAccountQuery;
import io.switchboard.rest.paging.LikePatterns;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The Zoom users of each connection with their licence fields, written from {@code switchboard.zoom-users}, Zoom's
 * sign-in webhooks and this service's own actions, read with their role name, mapped profile and last hosting.
 */
@ApplicationScoped
public class ZoomAccountRepository {

    /** Zoom's licence code of a Licensed user. */
    public static final int LICENSED = 2;

    static final String SELECT = "select a.connection_id, a.zoom_user_id, a.org_id, a.email, a.first_name,"
            + " a.last_name, a.license_type, a.status, a.role_id, r.name as role_name, a.last_client_version,"
            + " a.last_login_at, a.created_at, a.email_verified, a.group_ids, a.licensed_since, m.profile_id,"
            + " h.last_hosted_at from zoom_account a"
            + " left join zoom_role r on r.connection_id = a.connection_id and r.role_id = a.role_id"
            + " left join mapping_ref m on m.connection_id = a.connection_id and m.zoom_user_id = a.zoom_user_id"
            + " left join hosting h on h.connection_id = a.connection_id and h.zoom_user_id = a.zoom_user_id";

    /**
     * Stores a user's record as published. A user first seen Licensed holds the licence since their Zoom creation
     * date (else from now); one that becomes Licensed, from now. The last login only moves forward (a sign-in webhook
     * may be newer than the directory's record), and the client version goes with the newest login.
     */
    public Uni<Void> upsert(SqlClient sql, ZoomUserRecord user) {
        return sql.preparedQuery("insert into zoom_account (connection_id, zoom_user_id, org_id, email, first_name,"
                        + " last_name, license_type, status, role_id, last_client_version, last_login_at, created_at,"
                        + " email_verified, group_ids, licensed_since) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10,"
                        + " $11, $12, $13, $14, case when $7 = 2 then coalesce($12, now()) end)"
                        + " on conflict (connection_id, zoom_user_id) do update set org_id = excluded.org_id,"
                        + " email = excluded.email, first_name = excluded.first_name, last_name = excluded.last_name,"
                        + " license_type = excluded.license_type, status = excluded.status, role_id = excluded.role_id,"
                        + " last_client_version = case when excluded.last_login_at >= coalesce("
                        + "zoom_account.last_login_at, '-infinity') then coalesce(excluded.last_client_version,"
                        + " zoom_account.last_client_version) else zoom_account.last_client_version end,"
                        + " last_login_at = greatest(zoom_account.last_login_at, excluded.last_login_at),"
                        + " created_at = excluded.created_at, email_verified = excluded.email_verified,"
                        + " group_ids = excluded.group_ids, licensed_since = case when excluded.license_type <> 2"
                        + " then null when zoom_account.license_type = 2 then coalesce(zoom_account.licensed_since,"
                        + " excluded.licensed_since) else now() end, updated_at = now()")
                .execute(Tuple.tuple(Arrays.asList(
                        user.connectionId(),
                        user.zoomUserId(),
                        user.orgId(),
                        user.email(),
                        user.firstName(),
                        user.lastName(),
                        user.licenseType(),
                        user.status(),
                        user.roleId(),
                        user.lastClientVersion(),
                        at(user.lastLoginAt()),
                        at(user.createdAt()),
                        user.emailVerified(),
                        user.groupIds().toArray(String[]::new))))
                .replaceWithVoid();
    }

    /** The user is gone from the directory. */
    public Uni<Void> remove(SqlClient sql, UUID connectionId, String zoomUserId) {
        return sql.preparedQuery("delete from zoom_account where connection_id = $1 and zoom_user_id = $2")
                .execute(Tuple.of(connectionId, zoomUserId))
                .replaceWithVoid();
    }

    /** Zoom told of a sign-in: a newer last login (and its client version) for the user in each connection. */
    public Uni<Void> signedIn(SqlClient sql, List<UUID> connections, String zoomUserId, Instant at, String version) {
        return sql.preparedQuery("update zoom_account set last_login_at = $3, last_client_version ="
                        + " coalesce($4, last_client_version), updated_at = now() where connection_id = any($1)"
                        + " and zoom_user_id = $2 and (last_login_at is null or last_login_at < $3)")
                .execute(Tuple.of(connections.toArray(UUID[]::new), zoomUserId, at(at), version))
                .replaceWithVoid();
    }

    /** The user of the organisation's connection, or null. */
    public Uni<ZoomAccountRow> find(SqlClient sql, String orgId, UUID connectionId, String zoomUserId) {
        return sql.preparedQuery(SELECT + " where a.org_id = $1 and a.connection_id = $2 and a.zoom_user_id = $3")
                .execute(Tuple.of(orgId, connectionId, zoomUserId))
                .map(rows -> {
                    List<ZoomAccountRow> all = all(rows);
                    return all.isEmpty() ? null : all.get(0);
                });
    }

    /** Up to {@code query.limit() + 1} users of the connection, within the organisation, ordered by email and id. */
    public Uni<List<ZoomAccountRow>> page(SqlClient sql, String orgId, UUID connectionId, ZoomAccountQuery query) {
        StringBuilder where = new StringBuilder(" where a.org_id = $1 and a.connection_id = $2");
        List<Object> values = new ArrayList<>(List.of(orgId, connectionId));
        if (query.status() != null) {
            values.add(query.status());
            where.append(" and a.status = $").append(values.size());
        }
        if (query.type() != null) {
            values.add(query.type());
            where.append(" and a.license_type = $").append(values.size());
        }
        if (query.role() != null) {
            values.add(query.role());
            where.append(" and (a.role_id = $")
                    .append(values.size())
                    .append(" or lower(r.name) = lower($")
                    .append(values.size())
                    .append("))");
        }
        if (query.q() != null) {
            values.add(LikePatterns.containing(query.q()));
            int n = values.size();
            where.append(" and (lower(coalesce(a.email, '')) like $")
                    .append(n)
                    .append(" or lower(coalesce(a.first_name, '') || ' ' || coalesce(a.last_name, '')) like $")
                    .append(n)
                    .append(")");
        }
        if (query.afterId() != null) {
            values.add(query.afterEmail());
            values.add(query.afterId());
            int n = values.size();
            where.append(" and (coalesce(a.email, ''), a.zoom_user_id) > ($")
                    .append(n - 1)
                    .append(", $")
                    .append(n)
                    .append(")");
        }
        values.add(query.limit() + 1);
        String sqlText = SELECT + where + " order by coalesce(a.email, ''), a.zoom_user_id limit $" + values.size();
        return sql.preparedQuery(sqlText).execute(Tuple.from(values)).map(ZoomAccountRepository::all);
    }

    /** How many users of the connection have each licence type and status. */
    public record TypeStatusCount(int licenseType, String status, int users) {}

    public Uni<List<TypeStatusCount>> counts(SqlClient sql, UUID connectionId) {
        return sql.preparedQuery("select license_type, status, count(*)::int as users from zoom_account"
                        + " where connection_id = $1 group by license_type, status order by license_type, status")
                .execute(Tuple.of(connectionId))
                .map(rows -> {
                    List<TypeStatusCount> counts = new ArrayList<>();
                    rows.forEach(row -> counts.add(new TypeStatusCount(
                            row.getInteger("license_type"), row.getString("status"), row.getInteger("users"))));
                    return counts;
                });
    }

    /** Forgets every user of the connection, and what other topics told of them. */
    public Uni<Void> purge(SqlClient sql, UUID connectionId) {
        Tuple id = Tuple.of(connectionId);
        return sql.preparedQuery("delete from zoom_account where connection_id = $1")
                .execute(id)
                .call(() -> sql.preparedQuery("delete from mapping_ref where connection_id = $1")
                        .execute(id))
                .call(() -> sql.preparedQuery("delete from hosting where connection_id = $1")
                        .execute(id))
                .call(() -> sql.preparedQuery("delete from zoom_role where connection_id = $1")
                        .execute(id))
                .replaceWithVoid();
    }

    static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }

    static List<ZoomAccountRow> all(RowSet<Row> rows) {
        List<ZoomAccountRow> all = new ArrayList<>();
        for (Row row : rows) {
            String[] groups = row.getArrayOfStrings("group_ids");
            all.add(new ZoomAccountRow(
                    row.getUUID("connection_id"),
                    row.getString("zoom_user_id"),
                    row.getString("org_id"),
                    row.getString("email"),
                    row.getString("first_name"),
                    row.getString("last_name"),
                    row.getInteger("license_type"),
                    row.getString("status"),
                    row.getString("role_id"),
                    row.getString("role_name"),
                    row.getString("last_client_version"),
                    instant(row, "last_login_at"),
                    instant(row, "created_at"),
                    row.getBoolean("email_verified"),
                    groups == null ? List.of() : List.of(groups),
                    instant(row, "licensed_since"),
                    row.getString("profile_id"),
                    instant(row, "last_hosted_at")));
        }
        return all;
    }
}
