package io.switchboard.activity.repository;

import static io.switchboard.activity.repository.MeetingFactRepository.time;

import io.smallrye.mutiny.Uni;
import io.switchboard.activity.mapping.WeeklySummary;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Weekly counts of one person's visible entries, with the other people they shared a meeting or call with. */
@ApplicationScoped
public class SummaryRepository {

    private static final String WEEKS = "with mine as (select date_trunc('week', started_at at time zone 'UTC')::date"
            + " as week, type, role, activity_group, coalesce(case when role = 'hosted' then duration_seconds / 60"
            + " else minutes_present end, 0) as minutes from activity where org_id = $1 and profile_id = $2"
            + " and not hidden and started_at >= $3 and started_at < $4),"
            + " counts as (select week, count(*) filter (where type = 'meeting' and role = 'hosted') as meetings_hosted,"
            + " count(*) filter (where type = 'meeting' and role = 'attended') as meetings_attended,"
            + " count(*) filter (where type = 'webinar' and role = 'hosted') as webinars_hosted,"
            + " count(*) filter (where type = 'webinar' and role = 'attended') as webinars_attended,"
            + " coalesce(sum(minutes) filter (where type <> 'phone'), 0) as minutes,"
            + " count(*) filter (where role = 'placed') as calls_placed,"
            + " count(*) filter (where role = 'received') as calls_received,"
            + " count(*) filter (where role = 'missed') as calls_missed from mine group by week),"
            + " shared as (select m.week, count(distinct a.profile_id) as collaborators from mine m join activity a"
            + " on a.org_id = $1 and a.activity_group = m.activity_group and a.profile_id <> $2 and not a.hidden"
            + " group by m.week)"
            + " select c.*, coalesce(s.collaborators, 0) as collaborators from counts c"
            + " left join shared s on s.week = c.week order by c.week";

    public Uni<List<WeeklySummary>> weeks(SqlClient sql, String orgId, String profileId, Instant from, Instant to) {
        return sql.preparedQuery(WEEKS)
                .execute(Tuple.of(orgId, profileId, time(from), time(to)))
                .map(rows -> {
                    List<WeeklySummary> weeks = new ArrayList<>();
                    for (Row row : rows) {
                        weeks.add(new WeeklySummary(
                                row.getLocalDate("week"),
                                row.getInteger("meetings_hosted"),
                                row.getInteger("meetings_attended"),
                                row.getInteger("webinars_hosted"),
                                row.getInteger("webinars_attended"),
                                row.getInteger("minutes"),
                                row.getInteger("calls_placed"),
                                row.getInteger("calls_received"),
                                row.getInteger("calls_missed"),
                                row.getInteger("collaborators")));
                    }
                    return weeks;
                });
    }
}
