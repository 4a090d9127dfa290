package io.switchboard.usermapping.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Import runs. At most one runs per connection and at most one waits behind it (partial unique indexes), across
 * replicas; a queued run starts only when none of its connection runs; a running one whose heartbeat stops (its
 * replica died) is taken over and restarted from the first page.
 */
@ApplicationScoped
public class ImportRunRepository {

    private static final String COLUMNS = "id, connection_id, state, trigger, pages, users_seen, matched, unmatched,"
            + " ambiguous, attempts, queued_at, started_at, finished_at, last_error";

    /** A run as the API shows it. */
    public record ImportRun(
            UUID id,
            UUID connectionId,
            String state,
            String trigger,
            int pages,
            int usersSeen,
            Integer matched,
            Integer unmatched,
            Integer ambiguous,
            int attempts,
            Instant queuedAt,
            Instant startedAt,
            Instant finishedAt,
            String lastError) {}

    /** Queues an import unless one is queued already (a request during a run queues one more); the id, or null. */
    public Uni<UUID> enqueue(SqlClient sql, UUID connectionId, String trigger) {
        UUID id = UUID.randomUUID();
        return sql.preparedQuery(
                        "insert into import_run (id, connection_id, state, trigger) values ($1, $2, 'queued', $3)"
                                + " on conflict (connection_id) where state = 'queued' do nothing returning id")
                .execute(Tuple.of(id, connectionId, trigger))
                .map(rows -> rows.size() == 0 ? null : id);
    }

    /**
     * Takes a running run whose heartbeat is older than {@code staleBefore} (its replica died), else the oldest queued
     * run of a connection that has none running.
     */
    public Uni<ImportRun> claim(SqlClient sql, Instant staleBefore) {
        return sql.preparedQuery(
                        "update import_run set state = 'running', started_at = clock_timestamp(), heartbeat_at = now(),"
                                + " attempts = attempts + 1, pages = 0, users_seen = 0, last_error = null"
                                + " where id = (select id from import_run r where (r.state = 'running' and r.heartbeat_at < $1)"
                                + " or (r.state = 'queued' and not exists (select 1 from import_run x"
                                + " where x.connection_id = r.connection_id and x.state = 'running'))"
                                + " order by r.state desc, r.queued_at limit 1 for update skip locked) returning "
                                + COLUMNS)
                .execute(Tuple.of(OffsetDateTime.ofInstant(staleBefore, ZoneOffset.UTC)))
                .map(rows -> rows.size() == 0 ? null : read(rows.iterator().next()));
    }

    /** Progress of a running run (also its heartbeat); false when the run is no longer this attempt's. */
    public Uni<Boolean> progress(SqlClient sql, UUID runId, int attempt, int pages, int usersSeen) {
        return sql.preparedQuery("update import_run set pages = $3, users_seen = $4, heartbeat_at = now()"
                        + " where id = $1 and attempts = $2 and state = 'running'")
                .execute(Tuple.of(runId, attempt, pages, usersSeen))
                .map(rows -> rows.rowCount() == 1);
    }

    /**
     * Completes attempt {@code attempt} of a run with its match counts; fails when another replica took the run over
     * meanwhile (the new attempt imports again and completes the run itself).
     */
    public Uni<Void> complete(SqlClient sql, UUID runId, int attempt, int matched, int unmatched, int ambiguous) {
        return sql.preparedQuery(
                        "update import_run set state = 'completed', finished_at = clock_timestamp(), heartbeat_at = now(),"
                                + " matched = $3, unmatched = $4, ambiguous = $5 where id = $1 and attempts = $2"
                                + " and state = 'running'")
                .execute(Tuple.of(runId, attempt, matched, unmatched, ambiguous))
                .invoke(rows -> {
                    if (rows.rowCount() != 1) {
                        throw new IllegalStateException("The run was taken over by another replica");
                    }
                })
                .replaceWithVoid();
    }

    /** Fails attempt {@code attempt} of a run (not a later attempt of another replica); nothing it saw is removed. */
    public Uni<Void> fail(SqlClient sql, UUID runId, int attempt, String error) {
        return sql.preparedQuery(
                        "update import_run set state = 'failed', finished_at = clock_timestamp(), last_error = $3"
                                + " where id = $1 and attempts = $2 and state = 'running'")
                .execute(Tuple.of(runId, attempt, error))
                .replaceWithVoid();
    }

    /**
     * Ends the queued and running runs of a connection that is being removed, with {@code reason}. Called first in
     * the purge's transaction: it waits for a page being stored to commit, and a running job's next page or
     * completion then finds its run ended and writes nothing, so that a purged directory is never filled again.
     */
    public Uni<Void> cancel(SqlClient sql, UUID connectionId, String reason) {
        return sql.preparedQuery(
                        "update import_run set state = 'failed', finished_at = clock_timestamp(), last_error = $2"
                                + " where connection_id = $1 and state in ('queued', 'running')")
                .execute(Tuple.of(connectionId, reason))
                .replaceWithVoid();
    }

    /** Active connections with no import queued since {@code since}. */
    public Uni<List<UUID>> dueForImport(SqlClient sql, Instant since) {
        return sql.preparedQuery("select c.id from connection c where c.status = 'active' and not exists"
                        + " (select 1 from import_run r where r.connection_id = c.id and r.queued_at > $1)")
                .execute(Tuple.of(OffsetDateTime.ofInstant(since, ZoneOffset.UTC)))
                .map(rows -> DirectoryRows.all(rows, row -> row.getUUID(0)));
    }

    /** The latest runs of a connection, newest first. */
    public Uni<List<ImportRun>> history(SqlClient sql, UUID connectionId, int limit) {
        return sql.preparedQuery("select " + COLUMNS + " from import_run where connection_id = $1"
                        + " order by queued_at desc limit $2")
                .execute(Tuple.of(connectionId, limit))
                .map(rows -> DirectoryRows.all(rows, ImportRunRepository::read));
    }

    private static ImportRun read(Row row) {
        return new ImportRun(
                row.getUUID("id"),
                row.getUUID("connection_id"),
                row.getString("state"),
                row.getString("trigger"),
                row.getInteger("pages"),
                row.getInteger("users_seen"),
                row.getInteger("matched"),
                row.getInteger("unmatched"),
                row.getInteger("ambiguous"),
                row.getInteger("attempts"),
                instant(row, "queued_at"),
                instant(row, "started_at"),
                instant(row, "finished_at"),
                row.getString("last_error"));
    }

    private static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }
}
