package io.switchboard.license.repository;

import io.smallrye.mutiny.Uni;
import io.switchboard.license.mapping.AuditEntry;
import io.switchboard.license.mapping.AuditQuery;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** The audit of user actions ({@code license_action}): one row per action asked, whatever its outcome. */
@ApplicationScoped
public class LicenseActionRepository {

    private static final String COLUMNS = "action_id, connection_id, zoom_user_id, email, action, detail, outcome,"
            + " zoom_status, zoom_code, zoom_message, actor, idempotency_key, reclaim_id, created_at";

    /** Stores {@code entry} (its {@code createdAt} is ignored) of {@code orgId}; when the row was written. */
    public Uni<Instant> insert(SqlClient sql, String orgId, AuditEntry entry) {
        return sql.preparedQuery("insert into license_action (action_id, org_id, connection_id, zoom_user_id, email,"
                        + " action, detail, outcome, zoom_status, zoom_code, zoom_message, actor, idempotency_key,"
                        + " reclaim_id) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)"
                        + " returning created_at")
                .execute(Tuple.tuple(Arrays.asList(
                        entry.actionId(),
                        orgId,
                        entry.connectionId(),
                        entry.zoomUserId(),
                        entry.email(),
                        entry.action(),
                        entry.detail(),
                        entry.outcome(),
                        entry.zoomStatus(),
                        entry.zoomCode(),
                        entry.zoomMessage(),
                        entry.actor(),
                        entry.idempotencyKey(),
                        entry.reclaimId())))
                .map(rows ->
                        rows.iterator().next().getOffsetDateTime("created_at").toInstant());
    }

    /** Up to {@code query.limit() + 1} entries of the connection, newest first, after the query's position. */
    public Uni<List<AuditEntry>> page(SqlClient sql, String orgId, UUID connectionId, AuditQuery query) {
        String where = " where org_id = $1 and connection_id = $2";
        Tuple values = Tuple.of(orgId, connectionId);
        if (query.beforeAt() != null) {
            where += " and (created_at, action_id) < ($3, $4)";
            values.addOffsetDateTime(query.beforeAt().atOffset(ZoneOffset.UTC)).addUUID(query.beforeId());
        }
        values.addInteger(query.limit() + 1);
        return sql.preparedQuery("select " + COLUMNS + " from license_action" + where
                        + " order by created_at desc, action_id desc limit $" + values.size())
                .execute(values)
                .map(LicenseActionRepository::all);
    }

    private static List<AuditEntry> all(RowSet<Row> rows) {
        List<AuditEntry> all = new ArrayList<>();
        for (Row row : rows) {
            all.add(new AuditEntry(
                    row.getUUID("action_id"),
                    row.getUUID("connection_id"),
                    row.getString("zoom_user_id"),
                    row.getString("email"),
                    row.getString("action"),
                    row.getString("detail"),
                    row.getString("outcome"),
                    row.getInteger("zoom_status"),
                    row.getInteger("zoom_code"),
                    row.getString("zoom_message"),
                    row.getString("actor"),
                    row.getString("idempotency_key"),
                    row.getUUID("reclaim_id"),
                    row.getOffsetDateTime("created_at").toInstant()));
        }
        return all;
    }
}
