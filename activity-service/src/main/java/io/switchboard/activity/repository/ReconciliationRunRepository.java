package io.switchboard.activity.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The reconciliation runs of each connection: queued, claimed by one replica, its progress, its outcome. A run moves
 * queued to running (claimed), running to completed, to waiting (a failure it can outlive; claimed again once its wait
 * is over) or to failed (a failure no retry fixes); a running run whose replica died is claimed again.
 */
@ApplicationScoped
public class ReconciliationRunRepository {

    /** A run: the days it covers and where it is. */
    public record Run(
            UUID id,
            UUID connectionId,
            String state,
            String trigger,
            LocalDate fromDay,
            LocalDate toDay,
            Instant queuedAt,
            Instant startedAt,
            Instant finishedAt,
            int attempts,
            int meetings,
            int webinars,
            int calls,
            String lastError,
            Instant notBefore,
            LocalDate resumeFrom,
            int failures) {

        /** The first day this attempt still has to cover: where an earlier attempt stopped, else the run's start. */
        public LocalDate firstDayToDo() {
            return resumeFrom != null && resumeFrom.isAfter(fromDay) ? resumeFrom : fromDay;
        }
    }

    /** What a run found so far: past meetings, past webinars and calls recorded. */
    public record Found(int meetings, int webinars, int calls) {}

    private static final String COLUMNS = "id, connection_id, state, trigger, from_day, to_day, queued_at, started_at,"
            + " finished_at, attempts, meetings, webinars, calls, last_error, not_before, resume_from, failures";

    /** Queues a run of [from, to] unless one is queued, which then widens to cover both. */
    public Uni<Void> enqueue(SqlClient sql, UUID connectionId, LocalDate from, LocalDate to, String trigger) {
        return sql.preparedQuery("insert into reconciliation_run (id, connection_id, state, trigger, from_day, to_day)"
                        + " values ($1, $2, 'queued', $3, $4, $5) on conflict (connection_id) where state = 'queued'"
                        + " do update set from_day = least(reconciliation_run.from_day, excluded.from_day),"
                        + " to_day = greatest(reconciliation_run.to_day, excluded.to_day)")
                .execute(Tuple.of(UUID.randomUUID(), connectionId, trigger, from, to))
                .replaceWithVoid();
    }

    /**
     * Takes a running run whose heartbeat is older than {@code staleBefore} (its replica died), else the oldest queued
     * run, or waiting run whose wait is over, of a connection that has none running; null when there is none. What an
     * earlier attempt found and how far it got stay with the run.
     */
    public Uni<Run> claim(SqlClient sql, Instant staleBefore) {
        return sql.preparedQuery("update reconciliation_run set state = 'running', started_at = clock_timestamp(),"
                        + " heartbeat_at = now(), attempts = attempts + 1, not_before = null"
                        + " where id = (select id from reconciliation_run r"
                        + " where (r.state = 'running' and r.heartbeat_at < $1)"
                        + " or ((r.state = 'queued' or (r.state = 'waiting' and r.not_before <= now()))"
                        + " and not exists (select 1 from reconciliation_run x where x.connection_id = r.connection_id"
                        + " and x.state = 'running'))"
                        + " order by r.state = 'running' desc, r.queued_at limit 1 for update skip locked)"
                        + " returning " + COLUMNS)
                .execute(Tuple.of(OffsetDateTime.ofInstant(staleBefore, ZoneOffset.UTC)))
                .map(rows -> rows.size() == 0 ? null : read(rows.iterator().next()));
    }

    /**
     * The run's progress, also its heartbeat: what it found so far and the first day not done yet; false when the run
     * is no longer this attempt's.
     */
    public Uni<Boolean> progress(SqlClient sql, UUID runId, int attempt, Found found, LocalDate resumeFrom) {
        return sql.preparedQuery("update reconciliation_run set meetings = $3, webinars = $4, calls = $5,"
                        + " resume_from = $6, heartbeat_at = now() where id = $1 and attempts = $2"
                        + " and state = 'running'")
                .execute(Tuple.from(
                        Arrays.asList(runId, attempt, found.meetings(), found.webinars(), found.calls(), resumeFrom)))
                .map(rows -> rows.rowCount() == 1);
    }

    /** The run completed; {@code note} (or null) says what Zoom would not give, such as webinars on its plan. */
    public Uni<Void> complete(SqlClient sql, UUID runId, int attempt, Found found, String note) {
        return sql.preparedQuery("update reconciliation_run set state = 'completed', finished_at = clock_timestamp(),"
                        + " meetings = $3, webinars = $4, calls = $5, last_error = $6, resume_from = null"
                        + " where id = $1 and attempts = $2 and state = 'running'")
                .execute(Tuple.from(
                        Arrays.asList(runId, attempt, found.meetings(), found.webinars(), found.calls(), note)))
                .replaceWithVoid();
    }

    /** The attempt ended on a failure it can outlive: the run waits until {@code notBefore}, then resumes. */
    public Uni<Void> waitUntil(SqlClient sql, UUID runId, int attempt, String error, Instant notBefore) {
        return sql.preparedQuery("update reconciliation_run set state = 'waiting', not_before = $4, last_error = $3,"
                        + " failures = failures + 1 where id = $1 and attempts = $2 and state = 'running'")
                .execute(Tuple.of(runId, attempt, error, OffsetDateTime.ofInstant(notBefore, ZoneOffset.UTC)))
                .replaceWithVoid();
    }

    /** The attempt ended on a failure no retry fixes. */
    public Uni<Void> fail(SqlClient sql, UUID runId, int attempt, String error) {
        return sql.preparedQuery("update reconciliation_run set state = 'failed', finished_at = clock_timestamp(),"
                        + " last_error = $3, failures = failures + 1 where id = $1 and attempts = $2"
                        + " and state = 'running'")
                .execute(Tuple.of(runId, attempt, error))
                .replaceWithVoid();
    }

    /** The connection's newest run, or null. */
    public Uni<Run> latest(SqlClient sql, UUID connectionId) {
        return sql.preparedQuery("select " + COLUMNS + " from reconciliation_run where connection_id = $1"
                        + " order by queued_at desc limit 1")
                .execute(Tuple.of(connectionId))
                .map(rows -> rows.size() == 0 ? null : read(rows.iterator().next()));
    }

    /** The connection's newest completed run, or null. */
    public Uni<Run> lastCompleted(SqlClient sql, UUID connectionId) {
        return sql.preparedQuery("select " + COLUMNS + " from reconciliation_run where connection_id = $1"
                        + " and state = 'completed' order by finished_at desc limit 1")
                .execute(Tuple.of(connectionId))
                .map(rows -> rows.size() == 0 ? null : read(rows.iterator().next()));
    }

    /** Active connections with no run queued since {@code since}. */
    public Uni<List<UUID>> due(SqlClient sql, Instant since) {
        return sql.preparedQuery("select c.connection_id from connection_ref c where c.active and not exists"
                        + " (select 1 from reconciliation_run r where r.connection_id = c.connection_id"
                        + " and r.queued_at >= $1)")
                .execute(Tuple.of(OffsetDateTime.ofInstant(since, ZoneOffset.UTC)))
                .map(rows -> {
                    List<UUID> ids = new ArrayList<>();
                    rows.forEach(row -> ids.add(row.getUUID(0)));
                    return ids;
                });
    }

    public Uni<Void> purge(SqlClient sql, UUID connectionId) {
        return sql.preparedQuery("delete from reconciliation_run where connection_id = $1")
                .execute(Tuple.of(connectionId))
                .replaceWithVoid();
    }

    private static Run read(Row row) {
        return new Run(
                row.getUUID("id"),
                row.getUUID("connection_id"),
                row.getString("state"),
                row.getString("trigger"),
                row.getLocalDate("from_day"),
                row.getLocalDate("to_day"),
                MeetingFactRepository.instant(row, "queued_at"),
                MeetingFactRepository.instant(row, "started_at"),
                MeetingFactRepository.instant(row, "finished_at"),
                row.getInteger("attempts"),
                row.getInteger("meetings"),
                row.getInteger("webinars"),
                row.getInteger("calls"),
                row.getString("last_error"),
                MeetingFactRepository.instant(row, "not_before"),
                row.getLocalDate("resume_from"),
                row.getInteger("failures"));
    }
}
