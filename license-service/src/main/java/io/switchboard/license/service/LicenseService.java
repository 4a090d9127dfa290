package io.switchboard.license.service;

import io.smallrye.mutiny.Uni;
import io.switchboard.license.mapping.HistoryRange;
import io.switchboard.license.mapping.LicenseHistory;
import io.switchboard.license.mapping.LicenseNames;
import io.switchboard.license.mapping.LicenseSummary;
import io.switchboard.license.mapping.LicenseSummary.SeatUsage;
import io.switchboard.license.mapping.LicenseSummary.StatusCount;
import io.switchboard.license.mapping.LicenseSummary.TypeCount;
import io.switchboard.license.repository.ConnectionRefRepository;
import io.switchboard.license.repository.ConnectionRefRepository.ConnectionRef;
import io.switchboard.license.repository.PlanSyncRepository;
import io.switchboard.license.repository.PlanSyncRepository.SyncState;
import io.switchboard.license.repository.PlanUsageRepository;
import io.switchboard.license.repository.PlanUsageRepository.Seats;
import io.switchboard.license.repository.ZoomAccountRepository;
import io.switchboard.license.repository.ZoomAccountRepository.TypeStatusCount;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/** A connection's licence summary and seat history, and a plan sync asked for over REST. */
@ApplicationScoped
public class LicenseService {

    private final Pool database;
    private final ConnectionRefRepository connections;
    private final ZoomAccountRepository accounts;
    private final PlanUsageRepository plans;
    private final PlanSyncRepository syncs;
    private final PlanSync plan;

    public LicenseService(
            Pool database,
            ConnectionRefRepository connections,
            ZoomAccountRepository accounts,
            PlanUsageRepository plans,
            PlanSyncRepository syncs,
            PlanSync plan) {
        this.database = database;
        this.connections = connections;
        this.accounts = accounts;
        this.plans = plans;
        this.syncs = syncs;
        this.plan = plan;
    }

    /** The summary; 404 when the connection is not one of the organisation's. */
    public Uni<LicenseSummary> summary(String orgId, UUID connectionId) {
        return database.withConnection(sql -> known(sql, orgId, connectionId)
                .flatMap(connection -> Uni.combine()
                        .all()
                        .unis(
                                plans.latest(sql, connectionId),
                                syncs.state(sql, connectionId),
                                accounts.counts(sql, connectionId))
                        .with((seats, state, counts) -> summary(connectionId, seats, state, counts))));
    }

    /** The daily seat usage over {@code range}; 404 when the connection is not one of the organisation's. */
    public Uni<LicenseHistory> history(String orgId, UUID connectionId, HistoryRange range) {
        return database.withConnection(sql -> known(sql, orgId, connectionId)
                        .flatMap(connection -> plans.history(sql, connectionId, range.from(), range.to())))
                .map(days -> new LicenseHistory(
                        connectionId,
                        range.from(),
                        range.to(),
                        days.stream()
                                .map(day -> new LicenseHistory.Day(
                                        day.day(),
                                        day.total(),
                                        day.used(),
                                        Math.max(0, day.total() - day.used()),
                                        day.pending(),
                                        day.syncedAt()))
                                .toList()));
    }

    /** Syncs the plan from Zoom now and answers the fresh summary; Zoom's failure becomes its problem. */
    public Uni<LicenseSummary> syncNow(String orgId, UUID connectionId) {
        return database.withConnection(sql -> known(sql, orgId, connectionId))
                .flatMap(connection -> plan.syncNow(connectionId).onFailure().transform(ZoomProblems::problem))
                .flatMap(ignored -> summary(orgId, connectionId));
    }

    private Uni<ConnectionRef> known(SqlClient sql, String orgId, UUID connectionId) {
        return connections.findOfOrg(sql, orgId, connectionId).map(connection -> {
            if (connection == null) {
                throw ZoomAccountService.unknownConnection(connectionId);
            }
            return connection;
        });
    }

    private static LicenseSummary summary(
            UUID connectionId, Seats seats, SyncState state, List<TypeStatusCount> counts) {
        Map<Integer, Integer> byType = counts.stream()
                .collect(Collectors.groupingBy(
                        TypeStatusCount::licenseType, TreeMap::new, Collectors.summingInt(TypeStatusCount::users)));
        Map<String, Integer> byStatus = counts.stream()
                .collect(Collectors.groupingBy(
                        TypeStatusCount::status, TreeMap::new, Collectors.summingInt(TypeStatusCount::users)));
        return new LicenseSummary(
                connectionId,
                seats == null ? null : seatUsage(seats),
                counts.stream().mapToInt(TypeStatusCount::users).sum(),
                byType.entrySet().stream()
                        .map(entry -> new TypeCount(entry.getKey(), LicenseNames.of(entry.getKey()), entry.getValue()))
                        .toList(),
                byStatus.entrySet().stream()
                        .map(entry -> new StatusCount(entry.getKey(), entry.getValue()))
                        .toList(),
                state == null ? null : state.succeededAt(),
                state == null ? null : state.attemptedAt(),
                state == null ? null : state.lastError());
    }

    private static SeatUsage seatUsage(Seats seats) {
        return new SeatUsage(
                seats.planType(),
                seats.planName(),
                seats.total(),
                seats.used(),
                Math.max(0, seats.total() - seats.used()),
                seats.pending(),
                seats.activeHosts(),
                seats.syncedAt());
    }
}
