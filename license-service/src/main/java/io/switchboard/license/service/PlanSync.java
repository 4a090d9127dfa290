package io.switchboard.license.service;

import io.smallrye.mutiny.Uni;
import io.switchboard.license.repository.ConnectionRefRepository;
import io.switchboard.license.repository.ConnectionRefRepository.ConnectionRef;
import io.switchboard.license.repository.PlanSyncRepository;
import io.switchboard.license.repository.PlanUsageRepository;
import io.switchboard.license.repository.PlanUsageRepository.Seats;
import io.switchboard.zoom.api.ZoomApi;
import io.switchboard.zoom.api.model.PlanSeats;
import io.switchboard.zoom.api.model.PlanUsage;
import io.switchboard.zoom.api.model.Role;
import io.switchboard.zoom.api.model.RoleList;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Syncs a connection's plan seat usage ({@code GET /accounts/me/plans/usage}, Heavy, through the account's rate
 * budget and daily cap) and its roles ({@code GET /roles}) from Zoom, and stores them with the day's snapshot. A
 * failure is recorded on the connection's sync state (and retried), never swallowed.
 */
@ApplicationScoped
public class PlanSync {

    private final Pool database;
    private final ConnectionRefRepository connections;
    private final PlanUsageRepository plans;
    private final PlanSyncRepository syncs;
    private final ZoomApi zoom;
    private final Clock clock;

    public PlanSync(
            Pool database,
            ConnectionRefRepository connections,
            PlanUsageRepository plans,
            PlanSyncRepository syncs,
            ZoomApi zoom,
            Clock clock) {
        this.database = database;
        this.connections = connections;
        this.plans = plans;
        this.syncs = syncs;
        this.zoom = zoom;
        this.clock = clock;
    }

    /**
     * A sync already claimed (its attempt recorded): fetch, store, and record the outcome; fails with Zoom's error.
     * Nothing is stored for a connection removed meanwhile.
     */
    public Uni<Void> sync(UUID connectionId) {
        return fetch(connectionId)
                .flatMap(fetched -> database.withTransaction(sql -> connections
                        .lock(sql, connectionId)
                        .flatMap(known -> known == null ? Uni.createFrom().voidItem() : store(sql, known, fetched))))
                .onFailure()
                .call(failure -> database.withTransaction(sql -> syncs.failed(sql, connectionId, describe(failure)))
                        .onFailure()
                        .recoverWithNull());
    }

    /** Records an attempt, then syncs: for a sync asked for over REST. */
    public Uni<Void> syncNow(UUID connectionId) {
        return database.withTransaction(sql -> syncs.attempting(sql, connectionId))
                .flatMap(ignored -> sync(connectionId));
    }

    private Uni<Void> store(SqlConnection sql, ConnectionRef connection, Fetched fetched) {
        List<Role> roles = fetched.roles().roles();
        return plans.store(sql, connection.id(), fetched.seats())
                .call(() -> plans.replaceRoles(
                        sql,
                        connection.id(),
                        roles.stream().map(Role::id).toList(),
                        roles.stream()
                                .map(role -> role.name() == null ? role.id() : role.name())
                                .toList()))
                .call(() -> syncs.succeeded(sql, connection.id()));
    }

    private record Fetched(Seats seats, RoleList roles) {}

    private Uni<Fetched> fetch(UUID connectionId) {
        Uni<PlanUsage> usage = zoom.accounts().planUsage(connectionId);
        Uni<RoleList> roles = zoom.accounts().roles(connectionId);
        return usage.flatMap(found -> roles.map(list -> new Fetched(seats(found), list)));
    }

    private Seats seats(PlanUsage usage) {
        PlanSeats seats = usage.seats().orElse(null);
        if (seats == null) {
            return new Seats(null, null, 0, 0, 0, null, clock.instant());
        }
        return new Seats(
                seats.type(),
                seats.name(),
                seats.hosts(),
                seats.usage(),
                seats.pending(),
                seats.activeHosts(),
                clock.instant());
    }

    static String describe(Throwable failure) {
        String message = failure.getMessage() == null ? "" : ": " + failure.getMessage();
        String text = failure.getClass().getSimpleName() + message;
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
