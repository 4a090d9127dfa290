package io.switchboard.license.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Each connection's plan seat usage: the latest, one snapshot a day, and the account's roles. */
@ApplicationScoped
public class PlanUsageRepository {

    /** Seat usage of a plan at one sync. */
    public record Seats(
            String planType,
            String planName,
            int total,
            int used,
            int pending,
            Integer activeHosts,
            Instant syncedAt) {}

    /** The seat usage of one day (its last sync). */
    public record DailySeats(LocalDate day, int total, int used, int pending, Instant syncedAt) {}

    /** Stores the latest usage and the day's snapshot (the day's last sync wins). */
    public Uni<Void> store(SqlClient sql, UUID connectionId, Seats seats) {
        LocalDate day = seats.syncedAt().atZone(ZoneOffset.UTC).toLocalDate();
        return sql.preparedQuery("insert into plan_usage (connection_id, plan_type, plan_name, seats_total, seats_used,"
                        + " seats_pending, active_hosts, synced_at) values ($1, $2, $3, $4, $5, $6, $7, $8)"
                        + " on conflict (connection_id) do update set plan_type = excluded.plan_type,"
                        + " plan_name = excluded.plan_name, seats_total = excluded.seats_total,"
                        + " seats_used = excluded.seats_used, seats_pending = excluded.seats_pending,"
                        + " active_hosts = excluded.active_hosts, synced_at = excluded.synced_at")
                .execute(Tuple.tuple(Arrays.asList(
                        connectionId,
                        seats.planType(),
                        seats.planName(),
                        seats.total(),
                        seats.used(),
                        seats.pending(),
                        seats.activeHosts(),
                        ZoomAccountRepository.at(seats.syncedAt()))))
                .call(() -> sql.preparedQuery("insert into plan_usage_daily (connection_id, day, seats_total,"
                                + " seats_used, seats_pending, synced_at) values ($1, $2, $3, $4, $5, $6)"
                                + " on conflict (connection_id, day) do update set seats_total = excluded.seats_total,"
                                + " seats_used = excluded.seats_used, seats_pending = excluded.seats_pending,"
                                + " synced_at = excluded.synced_at")
                        .execute(Tuple.of(
                                connectionId,
                                day,
                                seats.total(),
                                seats.used(),
                                seats.pending(),
                                ZoomAccountRepository.at(seats.syncedAt()))))
                .replaceWithVoid();
    }

    /** The latest usage, or null before the first successful sync. */
    public Uni<Seats> latest(SqlClient sql, UUID connectionId) {
        return sql.preparedQuery("select plan_type, plan_name, seats_total, seats_used, seats_pending, active_hosts,"
                        + " synced_at from plan_usage where connection_id = $1")
                .execute(Tuple.of(connectionId))
                .map(rows -> {
                    for (Row row : rows) {
                        return new Seats(
                                row.getString("plan_type"),
                                row.getString("plan_name"),
                                row.getInteger("seats_total"),
                                row.getInteger("seats_used"),
                                row.getInteger("seats_pending"),
                                row.getInteger("active_hosts"),
                                ZoomAccountRepository.instant(row, "synced_at"));
                    }
                    return null;
                });
    }

    /** The daily snapshots from {@code from} to {@code to} (both included), oldest first. */
    public Uni<List<DailySeats>> history(SqlClient sql, UUID connectionId, LocalDate from, LocalDate to) {
        return sql.preparedQuery("select day, seats_total, seats_used, seats_pending, synced_at from plan_usage_daily"
                        + " where connection_id = $1 and day between $2 and $3 order by day")
                .execute(Tuple.of(connectionId, from, to))
                .map(rows -> {
                    List<DailySeats> days = new ArrayList<>();
                    for (Row row : rows) {
                        days.add(new DailySeats(
                                row.getLocalDate("day"),
                                row.getInteger("seats_total"),
                                row.getInteger("seats_used"),
                                row.getInteger("seats_pending"),
                                ZoomAccountRepository.instant(row, "synced_at")));
                    }
                    return days;
                });
    }

    /** Replaces the account's roles (id to name). */
    public Uni<Void> replaceRoles(SqlClient sql, UUID connectionId, List<String> ids, List<String> names) {
        return sql.preparedQuery("delete from zoom_role where connection_id = $1")
                .execute(Tuple.of(connectionId))
                .call(() -> sql.preparedQuery("insert into zoom_role (connection_id, role_id, name)"
                                + " select $1, id, name from unnest($2::text[], $3::text[]) as r(id, name)"
                                + " on conflict do nothing")
                        .execute(Tuple.of(connectionId, ids.toArray(String[]::new), names.toArray(String[]::new))))
                .replaceWithVoid();
    }

    /** Forgets the connection's usage, history and sync state. */
    public Uni<Void> purge(SqlClient sql, UUID connectionId) {
        Tuple id = Tuple.of(connectionId);
        return sql.preparedQuery("delete from plan_usage where connection_id = $1")
                .execute(id)
                .call(() -> sql.preparedQuery("delete from plan_usage_daily where connection_id = $1")
                        .execute(id))
                .call(() -> sql.preparedQuery("delete from plan_sync where connection_id = $1")
                        .execute(id))
                .replaceWithVoid();
    }
}
