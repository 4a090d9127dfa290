package io.switchboard.usermapping.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads of a connection's directory for the API: the Users tab and the match report. */
@ApplicationScoped
public class DirectoryQueries {

    /** A Zoom user with its mapping. */
    public record UserMapping(
            String zoomUserId,
            String email,
            List<String> aliases,
            String displayName,
            String status,
            String profileId,
            String source,
            String reason,
            boolean enabled,
            String changedBy,
            java.time.Instant changedAt) {

        public boolean mapped() {
            return profileId != null && enabled;
        }
    }

    /** Filters of the Users tab. */
    public record UserFilter(Boolean mapped, String reason, String query, String afterId, int limit) {}

    private static final String SELECT = "select z.zoom_user_id, z.email, z.aliases, z.record->>'display_name' as"
            + " display_name, z.status, m.profile_id, m.source, m.reason, coalesce(m.enabled, true) as enabled,"
            + " m.changed_by, m.changed_at"
            + " from zoom_user z left join mapping m on m.connection_id = z.connection_id"
            + " and m.zoom_user_id = z.zoom_user_id where z.connection_id = $1";

    /** A page of the connection's users ordered by id. */
    public Uni<List<UserMapping>> users(SqlClient sql, UUID connectionId, UserFilter filter) {
        String query = filter.query() == null ? null : DirectoryRows.contains(filter.query());
        return sql.preparedQuery(SELECT
                        + " and ($2::boolean is null or ((m.profile_id is not null and m.enabled) = $2))"
                        + " and ($3::text is null or m.reason = $3)"
                        + " and ($4::text is null or z.email ilike $4 or z.record->>'display_name' ilike $4"
                        + " or z.zoom_user_id ilike $4)"
                        + " and ($5::text is null or z.zoom_user_id > $5) order by z.zoom_user_id limit $6")
                .execute(Tuple.of(
                        connectionId, filter.mapped(), filter.reason(), query, filter.afterId(), filter.limit()))
                .map(rows -> DirectoryRows.all(rows, DirectoryQueries::read));
    }

    /** How many users of the connection are matched, and how many are not for each reason. */
    public Uni<Map<String, Long>> counts(SqlClient sql, UUID connectionId) {
        return sql.preparedQuery("select case when m.profile_id is not null and m.enabled then 'matched'"
                        + " else coalesce(m.reason, 'not_matched_yet') end as outcome, count(*) from zoom_user z"
                        + " left join mapping m on m.connection_id = z.connection_id and m.zoom_user_id = z.zoom_user_id"
                        + " where z.connection_id = $1 group by 1")
                .execute(Tuple.of(connectionId))
                .map(rows -> {
                    Map<String, Long> counts = new LinkedHashMap<>();
                    for (Row row : rows) {
                        counts.put(row.getString(0), row.getLong(1));
                    }
                    return counts;
                });
    }

    /** The first {@code limit} users of one reason. */
    public Uni<List<UserMapping>> withReason(SqlClient sql, UUID connectionId, String reason, int limit) {
        return sql.preparedQuery(SELECT + " and m.reason = $2 order by z.zoom_user_id limit $3")
                .execute(Tuple.of(connectionId, reason, limit))
                .map(rows -> DirectoryRows.all(rows, DirectoryQueries::read));
    }

    private static UserMapping read(Row row) {
        return new UserMapping(
                row.getString("zoom_user_id"),
                row.getString("email"),
                DirectoryRows.strings(row, "aliases"),
                row.getString("display_name"),
                row.getString("status"),
                row.getString("profile_id"),
                row.getString("source"),
                row.getString("reason"),
                row.getBoolean("enabled"),
                row.getString("changed_by"),
                row.getOffsetDateTime("changed_at") == null
                        ? null
                        : row.getOffsetDateTime("changed_at").toInstant());
    }
}
