package io.switchboard.activity.repository;

import static io.switchboard.activity.repository.MeetingFactRepository.instant;
import static io.switchboard.activity.repository.MeetingFactRepository.time;

import io.smallrye.mutiny.Uni;
import io.switchboard.activity.mapping.PhoneReport;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Every report of every Zoom Phone call, per account, call and party; the newest event wins for one report. */
@ApplicationScoped
public class PhoneReportRepository {

    /** First key of the transaction locks that serialise the work on one call of an account. */
    private static final int CALL_LOCK_SPACE = 0x5357_4350;

    public Uni<Void> lock(SqlClient sql, String zoomAccountId, String callId) {
        return sql.preparedQuery("select pg_advisory_xact_lock($1, hashtext($2))")
                .execute(Tuple.of(CALL_LOCK_SPACE, zoomAccountId + ":" + callId))
                .replaceWithVoid();
    }

    private static final String ADD = "insert into phone_report (zoom_account_id, call_id, party, source, report_id,"
            + " direction, answered, result, started_at, answered_at, ended_at, duration_seconds, other_party, event_ts)"
            + " values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)"
            + " on conflict (zoom_account_id, call_id, party, source, report_id) do update set"
            + " direction = excluded.direction, answered = excluded.answered, result = excluded.result,"
            + " started_at = excluded.started_at, answered_at = excluded.answered_at, ended_at = excluded.ended_at,"
            + " duration_seconds = excluded.duration_seconds, other_party = excluded.other_party,"
            + " event_ts = excluded.event_ts, received_at = now() where excluded.event_ts > phone_report.event_ts";

    /** Adds a report, or replaces the same report from an older event. */
    public Uni<Void> add(SqlClient sql, PhoneReport report) {
        return sql.preparedQuery(ADD)
                .execute(Tuple.from(new Object[] {
                    report.zoomAccountId(),
                    report.callId(),
                    report.party(),
                    report.source(),
                    report.reportId(),
                    report.outbound() ? "outbound" : "inbound",
                    report.answered(),
                    report.result(),
                    time(report.startedAt()),
                    time(report.answeredAt()),
                    time(report.endedAt()),
                    report.durationSeconds(),
                    report.otherParty(),
                    report.eventTs()
                }))
                .replaceWithVoid();
    }

    /** Every report of a call. */
    public Uni<List<PhoneReport>> reports(SqlClient sql, String zoomAccountId, String callId) {
        return sql.preparedQuery("select * from phone_report where zoom_account_id = $1 and call_id = $2")
                .execute(Tuple.of(zoomAccountId, callId))
                .map(rows -> {
                    List<PhoneReport> reports = new ArrayList<>();
                    for (Row row : rows) {
                        reports.add(read(row));
                    }
                    return reports;
                });
    }

    /** The calls of the account with a report received since {@code since}, in lock order. */
    public Uni<List<String>> recent(SqlClient sql, String zoomAccountId, Instant since) {
        return callIds(
                sql,
                "select distinct call_id from phone_report where zoom_account_id = $1 and received_at >= $2"
                        + " order by call_id",
                Tuple.of(zoomAccountId, time(since)));
    }

    /** The calls of one party received since {@code since}, in lock order. */
    public Uni<List<String>> recentOf(SqlClient sql, String zoomAccountId, String party, Instant since) {
        return callIds(
                sql,
                "select distinct call_id from phone_report where zoom_account_id = $1 and party = $2"
                        + " and received_at >= $3 order by call_id",
                Tuple.of(zoomAccountId, party, time(since)));
    }

    /** When a report of the account last arrived, or null. */
    public Uni<Instant> lastEventAt(SqlClient sql, String zoomAccountId) {
        return sql.preparedQuery("select max(received_at) from phone_report where zoom_account_id = $1")
                .execute(Tuple.of(zoomAccountId))
                .map(rows -> MeetingFactRepository.instantAt(rows.iterator().next()));
    }

    public Uni<Void> purge(SqlClient sql, String zoomAccountId) {
        return sql.preparedQuery("delete from phone_report where zoom_account_id = $1")
                .execute(Tuple.of(zoomAccountId))
                .replaceWithVoid();
    }

    private static Uni<List<String>> callIds(SqlClient sql, String query, Tuple parameters) {
        return sql.preparedQuery(query).execute(parameters).map(rows -> {
            List<String> ids = new ArrayList<>();
            for (Row row : rows) {
                ids.add(row.getString(0));
            }
            return ids;
        });
    }

    private static PhoneReport read(Row row) {
        return new PhoneReport(
                row.getString("zoom_account_id"),
                row.getString("call_id"),
                row.getString("party"),
                row.getString("source"),
                row.getString("report_id"),
                "outbound".equals(row.getString("direction")),
                row.getBoolean("answered"),
                row.getString("result"),
                instant(row, "started_at"),
                instant(row, "answered_at"),
                instant(row, "ended_at"),
                row.getInteger("duration_seconds"),
                row.getString("other_party"),
                row.getLong("event_ts"));
    }
}
