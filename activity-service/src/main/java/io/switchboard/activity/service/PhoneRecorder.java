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
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Records the reports of Zoom Phone calls and derives each call's entries again, per call under a lock, in the
 * transaction of the event (or of a polled batch of events): one entry per party, however many ways the call was
 * reported.
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
     * Records the reports of a batch of events in the caller's transaction (the consumer's, which claims them): the
     * accounts, then every call, locked in sorted order so that batches never wait on each other crosswise; then each
     * report stored, and each call derived once however many of its reports the batch holds.
     */
    public Uni<Void> record(SqlConnection sql, List<PhoneReport> batch) {
        List<PhoneReport> inLockOrder = batch.stream()
                .sorted(Comparator.comparing(PhoneReport::zoomAccountId).thenComparing(PhoneReport::callId))
                .toList();
        List<PhoneReport> calls = inLockOrder.stream().filter(distinctCalls()).toList();
        return locks.recording(
                        sql,
                        inLockOrder.stream()
                                .map(PhoneReport::zoomAccountId)
                                .distinct()
                                .toList())
                .call(() -> InOrder.each(calls, call -> reports.lock(sql, call.zoomAccountId(), call.callId())))
                .call(() -> InOrder.each(inLockOrder, report -> reports.add(sql, report)))
                .call(() -> InOrder.each(calls, call -> project(sql, call.zoomAccountId(), call.callId())))
                .replaceWithVoid();
    }

    /** Keeps the first report of each call of an account, in a stream sorted by account and call. */
    private static Predicate<PhoneReport> distinctCalls() {
        PhoneReport[] last = new PhoneReport[1];
        return report -> {
            boolean first = last[0] == null
                    || !last[0].zoomAccountId().equals(report.zoomAccountId())
                    || !last[0].callId().equals(report.callId());
            last[0] = report;
            return first;
        };
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
