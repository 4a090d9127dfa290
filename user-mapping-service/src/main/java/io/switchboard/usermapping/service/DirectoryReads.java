package io.switchboard.usermapping.service;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.switchboard.domain.DomainException;
import io.switchboard.rest.paging.Cursor;
import io.switchboard.rest.paging.Page;
import io.switchboard.usermapping.config.UserMappingConfig;
import io.switchboard.usermapping.mapping.ImportView;
import io.switchboard.usermapping.mapping.MatchReport;
import io.switchboard.usermapping.mapping.ZoomUserView;
import io.switchboard.usermapping.repository.ConnectionRepository;
import io.switchboard.usermapping.repository.ConnectionRepository.KnownConnection;
import io.switchboard.usermapping.repository.DirectoryQueries;
import io.switchboard.usermapping.repository.DirectoryQueries.UserFilter;
import io.switchboard.usermapping.repository.ImportRunRepository;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What a dashboard reads about a connection's directory; always within one organisation (another's is a 404). */
@ApplicationScoped
public class DirectoryReads {

    private static final int USERS_PER_REASON = 100;

    private final Pool database;
    private final ConnectionRepository connections;
    private final DirectoryQueries queries;
    private final ImportRunRepository runs;
    private final UserMappingConfig config;

    public DirectoryReads(
            Pool database,
            ConnectionRepository connections,
            DirectoryQueries queries,
            ImportRunRepository runs,
            UserMappingConfig config) {
        this.database = database;
        this.connections = connections;
        this.queries = queries;
        this.runs = runs;
        this.config = config;
    }

    public Uni<Page<ZoomUserView>> users(String orgId, UUID connectionId, UserFilter filter) {
        return connection(orgId, connectionId)
                .flatMap(connection -> queries.users(database, connectionId, filter))
                .map(rows -> Page.of(
                        rows.stream().map(ZoomUserView::of).toList(),
                        filter.limit() - 1,
                        user -> Cursor.encode(user.zoomUserId())));
    }

    public Uni<MatchReport> report(String orgId, UUID connectionId) {
        return connection(orgId, connectionId)
                .flatMap(connection -> queries.counts(database, connectionId))
                .flatMap(counts -> examples(connectionId, counts).map(users -> report(connectionId, counts, users)));
    }

    /** The latest run; 404 when the connection was never imported. */
    public Uni<ImportView> latestImport(String orgId, UUID connectionId) {
        return importHistory(orgId, connectionId).map(history -> {
            if (history.isEmpty()) {
                throw DomainException.notFound("Connection " + connectionId + " was not imported yet.");
            }
            return history.get(0);
        });
    }

    public Uni<List<ImportView>> importHistory(String orgId, UUID connectionId) {
        return connection(orgId, connectionId)
                .flatMap(connection -> runs.history(database, connectionId, config.importHistory()))
                .map(history -> history.stream().map(ImportView::of).toList());
    }

    private Uni<KnownConnection> connection(String orgId, UUID connectionId) {
        return connections
                .findLiveInOrg(database, orgId, connectionId)
                .onItem()
                .ifNull()
                .failWith(() -> DomainException.notFound("Connection " + connectionId + " was not found."));
    }

    private Uni<Map<String, List<ZoomUserView>>> examples(UUID connectionId, Map<String, Long> counts) {
        List<String> reasons = counts.keySet().stream()
                .filter(r -> !"matched".equals(r))
                .sorted()
                .toList();
        return Multi.createFrom()
                .iterable(reasons)
                .onItem()
                .transformToUniAndConcatenate(reason -> queries.withReason(
                                database, connectionId, reason, USERS_PER_REASON)
                        .map(rows -> Map.entry(
                                reason, rows.stream().map(ZoomUserView::of).toList())))
                .collect()
                .asMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    private static MatchReport report(
            UUID connectionId, Map<String, Long> counts, Map<String, List<ZoomUserView>> users) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        long matched = counts.getOrDefault("matched", 0L);
        Map<String, Long> byReason = new LinkedHashMap<>();
        counts.entrySet().stream()
                .filter(entry -> !"matched".equals(entry.getKey()))
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> byReason.put(entry.getKey(), entry.getValue()));
        return new MatchReport(
                connectionId,
                total,
                matched,
                total == 0 ? 0 : (double) matched / total,
                byReason,
                users,
                USERS_PER_REASON);
    }
}
