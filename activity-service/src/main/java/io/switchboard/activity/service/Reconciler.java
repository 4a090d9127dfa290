package io.switchboard.activity.service;

import io.smallrye.mutiny.Uni;
import io.switchboard.activity.mapping.PastActivity;
import io.switchboard.activity.repository.ConnectionRefRepository;
import io.switchboard.activity.repository.ConnectionRefRepository.ConnectionRef;
import io.switchboard.activity.repository.ReconciliationRunRepository;
import io.switchboard.activity.repository.ReconciliationRunRepository.Run;
import io.switchboard.zoom.api.ZoomApi;
import io.switchboard.zoom.api.error.ZoomNotFoundException;
import io.switchboard.zoom.api.model.Participant;
import io.switchboard.zoom.api.model.ReportMeeting;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One reconciliation: pulls a connection's past meetings (every active host of {@code GET /report/users}, their
 * {@code report/users/{id}/meetings} and each meeting's participants), its past webinars ({@link PastWebinars}) and its
 * Zoom Phone call history over the run's
 * days, a month at a time (the reports' longest range), and records them as the same facts webhooks give, so that
 * what Zoom dropped ends on the timeline and what arrived counts once. Calls go through the account's rate budget
 * and its daily cap of Heavy calls. Each range done is kept on the run, so that an attempt ended by a failure it can
 * outlive ({@link RunFailures}) resumes at the first range not done.
 */
@ApplicationScoped
public class Reconciler {

    /** Zoom's reports cover at most a month per request. */
    private static final int DAYS_PER_RANGE = 30;

    private final Pool database;
    private final ConnectionRefRepository connections;
    private final ReconciliationRunRepository runs;
    private final MeetingRecorder meetings;
    private final PhoneRecorder phone;
    private final ZoomApi zoom;
    private final RunFailures failures;
    private final PastWebinars webinars;

    public Reconciler(
            Pool database,
            ConnectionRefRepository connections,
            ReconciliationRunRepository runs,
            MeetingRecorder meetings,
            PhoneRecorder phone,
            ZoomApi zoom,
            RunFailures failures,
            PastWebinars webinars) {
        this.database = database;
        this.connections = connections;
        this.runs = runs;
        this.meetings = meetings;
        this.phone = phone;
        this.zoom = zoom;
        this.failures = failures;
        this.webinars = webinars;
    }

    /** Where a run is: what it found and the first day not done yet. */
    private record Progress(
            Run run,
            ConnectionRef connection,
            AtomicInteger meetings,
            AtomicInteger webinars,
            AtomicInteger calls,
            AtomicReference<LocalDate> resumeFrom,
            AtomicReference<String> note) {

        Progress(Run run, ConnectionRef connection) {
            this(
                    run,
                    connection,
                    new AtomicInteger(run.meetings()),
                    new AtomicInteger(run.webinars()),
                    new AtomicInteger(run.calls()),
                    new AtomicReference<>(run.firstDayToDo()),
                    new AtomicReference<>());
        }

        ReconciliationRunRepository.Found found() {
            return new ReconciliationRunRepository.Found(meetings.get(), webinars.get(), calls.get());
        }
    }

    /** Runs a claimed run to its end; never fails (a failure is recorded on the run). */
    public Uni<Void> run(Run run) {
        return connections
                .find(database, run.connectionId())
                .flatMap(connection -> {
                    if (connection == null || !connection.active()) {
                        throw new RunFailures.ConnectionInactive();
                    }
                    Progress progress = new Progress(run, connection);
                    return InOrder.each(ranges(run.firstDayToDo(), run.toDay()), range -> range(progress, range))
                            .replaceWith(progress);
                })
                .flatMap(progress -> runs.complete(
                        database,
                        run.id(),
                        run.attempts(),
                        progress.found(),
                        progress.note().get()))
                .onFailure()
                .recoverWithUni(failure -> failures.record(run, failure));
    }

    private Uni<Void> range(Progress progress, LocalDate[] range) {
        return pastMeetings(progress, range)
                .flatMap(ignored -> webinars.record(progress.connection(), range, () -> {
                    progress.webinars().incrementAndGet();
                    return heartbeat(progress);
                }))
                .invoke(note -> progress.note().compareAndSet(null, note))
                .flatMap(ignored -> callHistory(progress, range))
                .invoke(() -> progress.resumeFrom().set(range[1].plusDays(1)))
                .flatMap(ignored -> heartbeat(progress));
    }

    private Uni<Void> pastMeetings(Progress progress, LocalDate[] range) {
        ConnectionRef connection = progress.connection();
        return zoom.reports()
                .users(connection.id(), range[0], range[1])
                .onItem()
                .transformToMultiAndConcatenate(host -> zoom.reports()
                        .meetings(connection.id(), host.id(), range[0], range[1])
                        .onFailure(ZoomNotFoundException.class)
                        .recoverWithCompletion())
                .onItem()
                .transformToUniAndConcatenate(meeting -> pastMeeting(progress, meeting))
                .collect()
                .last()
                .replaceWithVoid();
    }

    private Uni<Void> pastMeeting(Progress progress, ReportMeeting meeting) {
        ConnectionRef connection = progress.connection();
        return participants(connection, meeting)
                .flatMap(
                        people -> meetings.recordAll(PastActivity.meeting(connection.zoomAccountId(), meeting, people)))
                .invoke(progress.meetings()::incrementAndGet)
                .flatMap(ignored -> heartbeat(progress));
    }

    /** The participants Zoom reports; none when Zoom no longer has the meeting (404). */
    private Uni<List<Participant>> participants(ConnectionRef connection, ReportMeeting meeting) {
        return zoom.pastMeetings()
                .participants(connection.id(), meeting.uuid())
                .collect()
                .asList()
                .onFailure(ZoomNotFoundException.class)
                .recoverWithItem(List.of());
    }

    private Uni<Void> callHistory(Progress progress, LocalDate[] range) {
        ConnectionRef connection = progress.connection();
        return zoom.phone()
                .callHistory(connection.id(), range[0], range[1])
                .filter(call -> call.callId() != null && call.userId() != null && call.startTime() != null)
                .onItem()
                .transformToUniAndConcatenate(
                        call -> phone.record(List.of(PastActivity.call(connection.zoomAccountId(), call)))
                                .invoke(progress.calls()::incrementAndGet))
                .collect()
                .last()
                .replaceWithVoid();
    }

    /** Records progress; fails when another replica took the run over, which stops this attempt. */
    private Uni<Void> heartbeat(Progress progress) {
        Run run = progress.run();
        return runs.progress(
                        database,
                        run.id(),
                        run.attempts(),
                        progress.found(),
                        progress.resumeFrom().get())
                .invoke(current -> {
                    if (!current) {
                        throw new RunFailures.TakenOver();
                    }
                })
                .replaceWithVoid();
    }

    /** [from, to] in ranges of at most a month, oldest first. */
    static List<LocalDate[]> ranges(LocalDate from, LocalDate to) {
        List<LocalDate[]> ranges = new ArrayList<>();
        for (LocalDate start = from; !start.isAfter(to); start = start.plusDays(DAYS_PER_RANGE)) {
            LocalDate end = start.plusDays(DAYS_PER_RANGE - 1L);
            ranges.add(new LocalDate[] {start, end.isAfter(to) ? to : end});
        }
        return ranges;
    }
}
