package io.switchboard.license.service;

import io.smallrye.mutiny.Uni;
import io.switchboard.license.config.LicenseConfig;
import io.switchboard.license.mapping.UnusedLicence;
import io.switchboard.license.mapping.UnusedPaging;
import io.switchboard.license.mapping.UnusedQuery;
import io.switchboard.license.mapping.UnusedReport;
import io.switchboard.license.repository.ConnectionRefRepository;
import io.switchboard.license.repository.UnusedLicenceRepository;
import io.switchboard.license.repository.ZoomAccountRow;
import io.switchboard.rest.paging.Page;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Finds the licences nobody uses, and what reclaiming them would free. */
@ApplicationScoped
public class UnusedLicenceService {

    static final String LOGIN_DELAY = "Zoom reports a user's last login with a delay of up to about three days:"
            + " a user who signed in within that time may still be listed. Hosting is known only for users mapped to"
            + " a profile (activity-service records the timelines of mapped people).";

    private final Pool database;
    private final ConnectionRefRepository connections;
    private final UnusedLicenceRepository unused;
    private final LicenseConfig config;
    private final Clock clock;

    public UnusedLicenceService(
            Pool database,
            ConnectionRefRepository connections,
            UnusedLicenceRepository unused,
            LicenseConfig config,
            Clock clock) {
        this.database = database;
        this.connections = connections;
        this.unused = unused;
        this.config = config;
        this.clock = clock;
    }

    /** A page of the connection's unused licences, with the totals; 404 when the connection is not the org's. */
    public Uni<UnusedReport> report(String orgId, UUID connectionId, UnusedQuery query, UnusedPaging paging) {
        Instant now = clock.instant();
        Instant cutoff = now.minus(Duration.ofDays(query.inactiveDays()));
        return database.withConnection(sql -> known(sql, orgId, connectionId)
                .flatMap(ignored -> unused.count(sql, orgId, connectionId, query, cutoff))
                .flatMap(total -> unused.page(sql, orgId, connectionId, query, cutoff, paging)
                        .map(rows -> report(
                                query, total, Page.of(rows, paging.limit(), UnusedLicenceService::cursor), now))));
    }

    /** The Zoom user ids of every unused licence (a reclaim's targets); 404 when the connection is not the org's. */
    public Uni<List<String>> ids(String orgId, UUID connectionId, UnusedQuery query) {
        Instant cutoff = clock.instant().minus(Duration.ofDays(query.inactiveDays()));
        return database.withConnection(sql -> known(sql, orgId, connectionId)
                .flatMap(ignored -> unused.ids(sql, orgId, connectionId, query, cutoff)));
    }

    private Uni<Void> known(SqlConnection sql, String orgId, UUID connectionId) {
        return connections
                .findOfOrg(sql, orgId, connectionId)
                .invoke(connection -> {
                    if (connection == null) {
                        throw ZoomAccountService.unknownConnection(connectionId);
                    }
                })
                .replaceWithVoid();
    }

    private static String cursor(ZoomAccountRow row) {
        return UnusedPaging.cursorAfter(row.email(), row.zoomUserId());
    }

    private UnusedReport report(UnusedQuery query, int total, Page<ZoomAccountRow> page, Instant now) {
        List<UnusedLicence> users =
                page.items().stream().map(row -> licence(query, row, now)).toList();
        BigDecimal price = config.seatPrice();
        BigDecimal savings = price.signum() > 0 ? price.multiply(BigDecimal.valueOf(total)) : null;
        return new UnusedReport(
                query.inactiveDays(),
                query.basis().wire(),
                query.includeAdmins(),
                total,
                savings,
                savings == null ? null : config.seatCurrency(),
                LOGIN_DELAY,
                users,
                page.nextCursor());
    }

    private static UnusedLicence licence(UnusedQuery query, ZoomAccountRow row, Instant now) {
        Instant last = switch (query.basis()) {
            case LOGIN -> row.lastLoginAt();
            case HOSTING -> row.lastHostedAt();
            case BOTH -> latest(row.lastLoginAt(), row.lastHostedAt());
        };
        Instant since = last != null ? last : latest(row.licensedSince(), row.createdAt());
        long days = since == null
                ? query.inactiveDays()
                : Duration.between(since, now).toDays();
        return new UnusedLicence(
                row.zoomUserId(),
                row.email(),
                row.firstName(),
                row.lastName(),
                row.roleName(),
                row.profileId(),
                row.licensedSince(),
                row.lastLoginAt(),
                row.lastHostedAt(),
                days);
    }

    private static Instant latest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
