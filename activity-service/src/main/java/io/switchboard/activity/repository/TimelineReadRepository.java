package io.switchboard.activity.repository;

import static io.switchboard.activity.repository.MeetingFactRepository.instant;
import static io.switchboard.activity.repository.MeetingFactRepository.time;

import io.smallrye.mutiny.Uni;
import io.switchboard.activity.mapping.ActivityQuery;
import io.switchboard.activity.mapping.ActivityView;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * Pages of timeline entries, newest first, with keyset paging on (started_at, id); hidden entries are never read.
 * Plain SQL straight into the API's records: at 10 million entries an entity per row cost ten times the query.
 */
@ApplicationScoped
public class TimelineReadRepository {

    private static final String COLUMNS = "id, profile_id, connection_id, type, title, started_at, ended_at,"
            + " duration_seconds, role, participants, minutes_present, other_party, result";

    /** Up to {@code query.limit() + 1} entries of the organisation matching {@code query}. */
    public Uni<List<ActivityView>> page(SqlClient sql, String orgId, ActivityQuery query) {
        StringBuilder where = new StringBuilder("org_id = $1 and type = any($2::text[]) and not hidden");
        Tuple parameters = Tuple.of(orgId).addArrayOfString(query.types().toArray(String[]::new));
        if (query.profileId() != null) {
            parameters.addString(query.profileId());
            where.append(" and profile_id = $").append(parameters.size());
        }
        if (query.from() != null) {
            parameters.addOffsetDateTime(time(query.from()));
            where.append(" and started_at >= $").append(parameters.size());
        }
        if (query.to() != null) {
            parameters.addOffsetDateTime(time(query.to()));
            where.append(" and started_at < $").append(parameters.size());
        }
        if (query.afterStartedAt() != null) {
            parameters.addOffsetDateTime(time(query.afterStartedAt()));
            parameters.addUUID(query.afterId());
            int at = parameters.size() - 1;
            where.append(" and (started_at, id) < ($")
                    .append(at)
                    .append(", $")
                    .append(at + 1)
                    .append(")");
        }
        parameters.addInteger(query.limit() + 1);
        String select = "select " + COLUMNS + " from activity where " + where + " order by started_at desc, id desc"
                + " limit $" + parameters.size();
        return sql.preparedQuery(select).execute(parameters).map(rows -> {
            List<ActivityView> page = new ArrayList<>();
            for (Row row : rows) {
                page.add(read(row));
            }
            return page;
        });
    }

    private static ActivityView read(Row row) {
        return new ActivityView(
                row.getUUID("id"),
                row.getString("profile_id"),
                row.getUUID("connection_id"),
                row.getString("type"),
                row.getString("title"),
                instant(row, "started_at"),
                instant(row, "ended_at"),
                row.getInteger("duration_seconds"),
                row.getString("role"),
                row.getInteger("participants"),
                row.getInteger("minutes_present"),
                row.getString("other_party"),
                row.getString("result"));
    }
}
