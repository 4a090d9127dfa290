package io.switchboard.usermapping.service;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.switchboard.messaging.Outbox;
import io.switchboard.usermapping.config.UserMappingConfig;
import io.switchboard.usermapping.messaging.DirectoryEvents;
import io.switchboard.usermapping.repository.ConnectionRepository;
import io.switchboard.usermapping.repository.ConnectionRepository.KnownConnection;
import io.switchboard.usermapping.repository.ImportRunRepository;
import io.switchboard.usermapping.repository.ImportRunRepository.ImportRun;
import io.switchboard.usermapping.repository.ZoomUserRepository;
import io.switchboard.zoom.api.ZoomApi;
import io.switchboard.zoom.api.model.UserPage;
import io.switchboard.zoom.api.model.UserStatus;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * One import of a connection's Zoom directory: every user of every status ({@code GET /users}, largest page, within
 * the account's rate budget), each page committed with its records on {@code switchboard.zoom-users}. Only a complete
 * listing removes users Zoom no longer has (with tombstones) and then matches; a failed or abandoned run removes
 * nobody. The run's heartbeat is its progress; a run taken over by another replica stops at its next page.
 */
@ApplicationScoped
public class ImportJob {

    private static final List<UserStatus> STATUSES =
            List.of(UserStatus.ACTIVE, UserStatus.INACTIVE, UserStatus.PENDING);

    private final Pool database;
    private final ConnectionRepository connections;
    private final ImportRunRepository runs;
    private final ZoomUserRepository users;
    private final DirectoryWriter writer;
    private final MatchService matching;
    private final RulesService rules;
    private final DirectoryEvents events;
    private final Outbox outbox;
    private final ZoomApi zoom;
    private final UserMappingConfig config;

    public ImportJob(
            Pool database,
            ConnectionRepository connections,
            ImportRunRepository runs,
            ZoomUserRepository users,
            DirectoryWriter writer,
            MatchService matching,
            RulesService rules,
            DirectoryEvents events,
            Outbox outbox,
            ZoomApi zoom,
            UserMappingConfig config) {
        this.database = database;
        this.connections = connections;
        this.runs = runs;
        this.users = users;
        this.writer = writer;
        this.matching = matching;
        this.rules = rules;
        this.events = events;
        this.outbox = outbox;
        this.zoom = zoom;
        this.config = config;
    }

    /** Where a run is: its connection, rules and counts so far. */
    private record Progress(
            ImportRun run, KnownConnection connection, EmailKeys.Rules rules, long startTs, int pages, int seen) {

        Progress next(int users) {
            return new Progress(run, connection, rules, startTs, pages + 1, seen + users);
        }
    }

    /** Runs a claimed run to its end; never fails (a failure is recorded on the run). */
    public Uni<Void> run(ImportRun run) {
        long startTs = run.startedAt().toEpochMilli();
        return connections
                .find(database, run.connectionId())
                .flatMap(connection -> {
                    if (connection == null || !connection.active()) {
                        throw new IllegalStateException("The connection is not active");
                    }
                    return rules.rules(database, connection.orgId())
                            .map(found -> new Progress(run, connection, found, startTs, 0, 0));
                })
                .flatMap(this::list)
                .flatMap(this::complete)
                .onFailure()
                .recoverWithUni(failure -> failed(run, failure));
    }

    /** Lists from the first page of the first status. */
    private Uni<Progress> list(Progress start) {
        Stores nothingStored = new Stores(List.of(Uni.createFrom().item(start)));
        return fetch(start, 0, null).flatMap(first -> listFrom(start, nothingStored, 0, first));
    }

    /**
     * Stores {@code page} (of status {@code statusIndex}) once the pages before it are stored, and fetches the next
     * page while up to {@code import-pages-buffered} fetched pages wait for their store: Zoom's pacing goes on while
     * a slow store catches up, instead of losing the slot for good. A failed fetch ends the listing once the stores
     * under way have ended, so that nothing is written after the run has failed.
     */
    private Uni<Progress> listFrom(Progress start, Stores stores, int statusIndex, UserPage page) {
        // Started now. Only its outcome is kept (not the page), and a failure reaches the run through a later
        // fetch or the last store, which wait for it.
        Uni<Progress> stored = Uni.createFrom()
                .completionStage(stores.latest()
                        .flatMap(progress -> store(progress, STATUSES.get(statusIndex), page))
                        .subscribeAsCompletionStage());
        Stores under = stores.with(stored, config.importPagesBuffered());
        int nextIndex = page.hasNext() ? statusIndex : statusIndex + 1;
        if (nextIndex == STATUSES.size()) {
            return stored;
        }
        // Only the token is kept: this step lives until the whole listing ends, and the page must not live with it.
        String nextToken = page.hasNext() ? page.nextPageToken() : null;
        return under.oldest()
                .flatMap(ignored -> fetch(start, nextIndex, nextToken))
                .onFailure()
                .call(failure -> stored.onFailure().recoverWithNull())
                .flatMap(next -> listFrom(start, under, nextIndex, next));
    }

    /**
     * The stores of the last pages, oldest first: at most {@code buffered} of them besides the oldest, whose end lets
     * the next page be fetched.
     */
    private record Stores(List<Uni<Progress>> recent) {

        Uni<Progress> latest() {
            return recent.get(recent.size() - 1);
        }

        Uni<Progress> oldest() {
            return recent.get(0);
        }

        Stores with(Uni<Progress> stored, int buffered) {
            List<Uni<Progress>> kept = new ArrayList<>(recent);
            kept.add(stored);
            return new Stores(List.copyOf(kept.subList(Math.max(0, kept.size() - buffered - 1), kept.size())));
        }
    }

    private Uni<UserPage> fetch(Progress progress, int statusIndex, String pageToken) {
        return zoom.users()
                .page(progress.connection().id(), STATUSES.get(statusIndex), config.importPageSize(), pageToken);
    }

    private Uni<Progress> store(Progress progress, UserStatus status, UserPage page) {
        Progress next = progress.next(page.items().size());
        // The run's progress is its heartbeat and its guard: a run taken over by another replica writes nothing more.
        return database.withTransaction(sql -> runs.progress(
                                sql, progress.run().id(), progress.run().attempts(), next.pages(), next.seen())
                        .flatMap(current -> {
                            if (!current) {
                                throw new IllegalStateException(
                                        "The run was taken over by another replica or its connection was removed");
                            }
                            return writer.store(
                                    sql,
                                    progress.connection(),
                                    progress.rules(),
                                    progress.startTs(),
                                    progress.run().id(),
                                    page.items().stream()
                                            .map(user -> DirectoryWriter.row(user, status.wire()))
                                            .toList());
                        }))
                .replaceWith(next);
    }

    /**
     * The listing is complete: removes what Zoom no longer has (with its tombstones), then matches the whole
     * directory ({@link MatchService#recomputeInParts}), then closes the run with the counts. A replica that stops in
     * between leaves the run running; it is taken over and imported again, which changes nothing more.
     */
    private Uni<Void> complete(Progress progress) {
        ImportRun run = progress.run();
        return removeUnseen(progress)
                .flatMap(ignored -> matching.recomputeInParts(database, progress.connection(), MatchService.AUTOMATIC))
                .flatMap(counts -> runs.complete(
                        database, run.id(), run.attempts(), counts.matched(), counts.unmatched(), counts.ambiguous()));
    }

    /** Removes the users this run did not see, unless another replica has taken the run over. */
    private Uni<Void> removeUnseen(Progress progress) {
        KnownConnection connection = progress.connection();
        ImportRun run = progress.run();
        return database.withTransaction(sql -> matching.hold(sql)
                .flatMap(locked -> runs.progress(sql, run.id(), run.attempts(), progress.pages(), progress.seen()))
                .flatMap(current -> {
                    if (!current) {
                        throw new IllegalStateException(
                                "The run was taken over by another replica or its connection was removed");
                    }
                    return users.removeUnseen(sql, connection.id(), run.id(), progress.startTs());
                })
                .flatMap(removed -> outbox.appendAll(
                        sql,
                        removed.stream()
                                .flatMap(gone -> events.removed(connection, gone).stream())
                                .toList())));
    }

    private Uni<Void> failed(ImportRun run, Throwable failure) {
        String error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        Log.warnf("Import %s of connection %s failed: %s", run.id(), run.connectionId(), error);
        return runs.fail(database, run.id(), run.attempts(), error).onFailure().recoverWithNull();
    }
}
