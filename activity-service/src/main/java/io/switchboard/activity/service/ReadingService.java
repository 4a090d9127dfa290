package io.switchboard.activity.service;

import io.smallrye.mutiny.Uni;
import io.switchboard.activity.mapping.Freshness;
import io.switchboard.activity.mapping.ReconciliationView;
import io.switchboard.activity.mapping.Summary;
import io.switchboard.activity.repository.ConnectionRefRepository;
import io.switchboard.activity.repository.MeetingFactRepository;
import io.switchboard.activity.repository.PhoneReportRepository;
import io.switchboard.activity.repository.ReconciliationRunRepository;
import io.switchboard.activity.repository.ReconciliationRunRepository.Run;
import io.switchboard.activity.repository.SummaryRepository;
import io.switchboard.domain.DomainException;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** A person's weekly summary and a connection's freshness. */
@ApplicationScoped
public class ReadingService {

    /** The summary's default range, back from now. */
    static final Duration DEFAULT_RANGE = Duration.ofDays(12 * 7);

    /** The longest range one summary covers. */
    static final Duration MAX_RANGE = Duration.ofDays(366);

    private final Pool database;
    private final SummaryRepository summaries;
    private final ConnectionRefRepository connections;
    private final MeetingFactRepository facts;
    private final PhoneReportRepository calls;
    private final ReconciliationRunRepository runs;

    public ReadingService(
            Pool database,
            SummaryRepository summaries,
            ConnectionRefRepository connections,
            MeetingFactRepository facts,
            PhoneReportRepository calls,
            ReconciliationRunRepository runs) {
        this.database = database;
        this.summaries = summaries;
        this.connections = connections;
        this.facts = facts;
        this.calls = calls;
        this.runs = runs;
    }

    /** The person's weeks in [from, to) (ISO-8601 instants; the last 12 weeks by default); 400 when malformed. */
    public Uni<Summary> summary(String orgId, String profileId, String from, String to) {
        Instant end = instant("to", to, Instant.now());
        Instant start = instant("from", from, end.minus(DEFAULT_RANGE));
        if (!start.isBefore(end)) {
            throw DomainException.invalid("from must be before to.");
        }
        if (Duration.between(start, end).compareTo(MAX_RANGE) > 0) {
            throw DomainException.invalid("A summary covers at most 366 days.");
        }
        return summaries
                .weeks(database, orgId, profileId, start, end)
                .map(weeks -> new Summary(profileId, start, end, weeks));
    }

    /** How current the connection's activity is; 404 when the connection is not the organisation's. */
    public Uni<Freshness> freshness(String orgId, UUID connectionId) {
        return connections.find(database, connectionId).flatMap(connection -> {
            if (connection == null || !connection.orgId().equals(orgId)) {
                throw DomainException.notFound("Connection " + connectionId + " was not found.");
            }
            String account = connection.zoomAccountId();
            return facts.lastEventAt(database, account)
                    .flatMap(meeting -> calls.lastEventAt(database, account)
                            .flatMap(phone -> reconciled(connectionId)
                                    .map(found -> new Freshness(
                                            connectionId,
                                            meeting,
                                            phone,
                                            latest(meeting, phone),
                                            ReconciliationView.of(found.latest()),
                                            found.reconciledThrough()))));
        });
    }

    /** The connection's newest reconciliation and its newest completed one. */
    private record Reconciled(Run latest, Run completed) {

        LocalDate reconciledThrough() {
            return completed == null ? null : completed.toDay();
        }
    }

    private Uni<Reconciled> reconciled(UUID connectionId) {
        return runs.latest(database, connectionId)
                .flatMap(newest ->
                        runs.lastCompleted(database, connectionId).map(completed -> new Reconciled(newest, completed)));
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private static Instant instant(String name, String value, Instant fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(name + " must be an ISO-8601 instant such as 2026-11-22T10:00:00Z.");
        }
    }
}
