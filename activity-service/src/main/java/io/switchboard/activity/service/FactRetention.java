package io.switchboard.activity.service;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.switchboard.activity.config.ActivityConfig;
import io.switchboard.activity.repository.DirectoryLocks;
import io.switchboard.activity.repository.MeetingFactRepository;
import io.switchboard.activity.repository.PhoneReportRepository;
import io.switchboard.activity.repository.RetentionRepository;
import io.switchboard.activity.repository.RetentionRepository.Expired;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Keeps the activity of Zoom users nobody is mapped to for the unmapped window only: once nothing has arrived for a
 * meeting or call within the window and none of its people is mapped, its facts are deleted, a meeting id or call at
 * a time under the same locks as recording it (so that a late event or a new mapping is never half seen). Any replica
 * may run it; they share the work through those locks and the re-check in each delete.
 */
@ApplicationScoped
public class FactRetention {

    /** Meeting ids or calls looked at per round. */
    private static final int BATCH = 200;

    /** What was forgotten in one pass. */
    public record Forgotten(int meetingInstances, int callReports) {}

    private final Pool database;
    private final RetentionRepository retention;
    private final DirectoryLocks locks;
    private final MeetingFactRepository meetings;
    private final PhoneReportRepository calls;
    private final ActivityConfig config;

    public FactRetention(
            Pool database,
            RetentionRepository retention,
            DirectoryLocks locks,
            MeetingFactRepository meetings,
            PhoneReportRepository calls,
            ActivityConfig config) {
        this.database = database;
        this.retention = retention;
        this.locks = locks;
        this.meetings = meetings;
        this.calls = calls;
        this.config = config;
    }

    @Scheduled(
            identity = "fact-retention",
            every = "${switchboard.activity.retention-every}",
            delayed = "1M",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return pass().invoke(forgotten -> {
                    if (forgotten.meetingInstances() + forgotten.callReports() > 0) {
                        Log.infof(
                                "Forgot %d meeting instances and %d call reports of unmapped Zoom users",
                                forgotten.meetingInstances(), forgotten.callReports());
                    }
                })
                .replaceWithVoid();
    }

    /** Forgets every expired meeting and call, in rounds of {@link #BATCH}. */
    public Uni<Forgotten> pass() {
        Instant windowStart = Instant.now().minus(config.unmappedWindow());
        return rounds(sql -> retention.expiredMeetings(sql, windowStart, BATCH), this::forgetMeeting, windowStart)
                .flatMap(instances -> rounds(
                                sql -> retention.expiredCalls(sql, windowStart, BATCH), this::forgetCall, windowStart)
                        .map(reports -> new Forgotten(instances, reports)));
    }

    private Uni<Integer> rounds(
            Function<Pool, Uni<List<Expired>>> find,
            BiFunction<Expired, Instant, Uni<Integer>> forget,
            Instant windowStart) {
        return find.apply(database).flatMap(found -> {
            if (found.isEmpty()) {
                return Uni.createFrom().item(0);
            }
            int[] total = {0};
            Uni<Void> round = InOrder.each(
                    found, expired -> forget.apply(expired, windowStart).invoke(count -> total[0] += count));
            // A round that forgot nothing (all re-checked as needed) ends the pass instead of finding them again.
            return round.flatMap(ignored -> total[0] == 0
                    ? Uni.createFrom().item(0)
                    : rounds(find, forget, windowStart).map(rest -> total[0] + rest));
        });
    }

    private Uni<Integer> forgetMeeting(Expired meeting, Instant windowStart) {
        return database.withTransaction(sql -> locks.recording(sql, meeting.zoomAccountId())
                .call(() -> meetings.lock(sql, meeting.zoomAccountId(), meeting.key()))
                .flatMap(ignored -> retention.forgetMeeting(sql, meeting, windowStart)));
    }

    private Uni<Integer> forgetCall(Expired call, Instant windowStart) {
        return database.withTransaction(sql -> locks.recording(sql, call.zoomAccountId())
                .call(() -> calls.lock(sql, call.zoomAccountId(), call.key()))
                .flatMap(ignored -> retention.forgetCall(sql, call, windowStart)));
    }
}
