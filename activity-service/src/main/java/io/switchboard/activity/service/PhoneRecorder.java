package io.switchboard.activity.service;

import io.smallrye.mutiny.Uni;
import io.switchboard.activity.mapping.PhoneReport;
import io.switchboard.activity.repository.ConnectionRefRepository;
import io.switchboard.activity.repository.ConnectionRefRepository.ConnectionRef;
import io.switchboard.activity.repository.DirectoryLocks;
import io.switchboard.activity.repository.MappingRefRepository;
import io.switchboard.activity.repository.PhoneReportRepository;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Records the reports of Zoom Phone calls and derives each call's entries again, per call under a lock, in the
 * transaction of the event: one entry per party, however many ways the call was reported.
 */
@ApplicationScoped
public class PhoneRecorder {

    private final Pool database;
    private final PhoneReportRepository reports;
    private final ConnectionRefRepository connections;
    private final MappingRefRepository mappings;
    private final TimelineWriter writer;
    private final DirectoryLocks locks;

    public PhoneRecorder(
            Pool database,
            PhoneReportRepository reports,
            ConnectionRefRepository connections,
            MappingRefRepository mappings,
            TimelineWriter writer,
            DirectoryLocks locks) {
        this.database = database;
        this.reports = reports;
        this.connections = connections;
        this.mappings = mappings;
        this.writer = writer;
        this.locks = locks;
    }

    /** Records the reports of one event in a transaction of its own (a past call from Zoom's call history). */
    public Uni<Void> record(List<PhoneReport> event) {
        return database.withTransaction(sql -> record(sql, event));
    }

    /**
     * Records the reports of one event in the caller's transaction (the consumer's, which claims the event); a history
     * event may report several calls, taken in lock order.
     */
    public Uni<Void> record(SqlConnection sql, List<PhoneReport> event) {
        List<PhoneReport> inLockOrder =
                event.stream().sorted(Comparator.comparing(PhoneReport::callId)).toList();
        return locks.recording(sql, event.get(0).zoomAccountId())
                .flatMap(ignored -> InOrder.each(inLockOrder, report -> record(sql, report)));
    }

    private Uni<Void> record(SqlConnection sql, PhoneReport report) {
        return reports.lock(sql, report.zoomAccountId(), report.callId())
                .call(() -> reports.add(sql, report))
                .call(() -> project(sql, report.zoomAccountId(), report.callId()));
    }

    /** Derives a call's entries for every active connection of the account (the call's lock is held). */
    public Uni<Void> project(SqlConnection sql, String zoomAccountId, String callId) {
        return connections
                .activeOfAccount(sql, zoomAccountId)
                .flatMap(active -> InOrder.each(active, connection -> project(sql, connection, callId)));
    }

    /** Derives a call's entries for one connection (the call's lock is held). */
    public Uni<Void> project(SqlConnection sql, ConnectionRef connection, String callId) {
        return reports.reports(sql, connection.zoomAccountId(), callId).flatMap(found -> {
            Set<String> parties = found.stream().map(PhoneReport::party).collect(Collectors.toSet());
            return mappings.of(sql, connection.id(), parties)
                    .flatMap(mapped -> writer.upsert(
                            sql, PhoneProjection.entries(connection.id(), connection.orgId(), found, mapped::get)));
        });
    }
}
