package io.switchboard.activity.service;

import io.smallrye.mutiny.Uni;
import io.switchboard.activity.mapping.MeetingFact;
import io.switchboard.activity.repository.DirectoryLocks;
import io.switchboard.activity.repository.MeetingFactRepository;
import io.switchboard.activity.repository.OrgSettingRepository;
import io.switchboard.activity.service.MeetingProjector.AccountMeeting;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/**
 * Records Zoom's meeting and webinar facts and derives their meetings' timeline entries again, in one transaction
 * that holds each meeting id of its account: instances of one meeting arrive on different partitions (they are keyed
 * by uuid) and would otherwise derive the same entries at once. The facts of a whole batch of webhooks go in
 * together, with a few statements for all of them: accounts, then meeting ids, are locked in sorted order, so that
 * batches of different consumers never wait on each other crosswise.
 */
@ApplicationScoped
public class MeetingRecorder {

    private final Pool database;
    private final MeetingFactRepository facts;
    private final MeetingProjector projector;
    private final DirectoryLocks locks;
    private final OrgSettingRepository settings;

    public MeetingRecorder(
            Pool database,
            MeetingFactRepository facts,
            MeetingProjector projector,
            DirectoryLocks locks,
            OrgSettingRepository settings) {
        this.database = database;
        this.locks = locks;
        this.settings = settings;
        this.facts = facts;
        this.projector = projector;
    }

    /** Records webhooks' facts, of any meetings, in the caller's transaction (the consumer's, which claims them). */
    public Uni<Void> record(SqlConnection sql, List<MeetingFact> meetingFacts) {
        List<String> accounts = meetingFacts.stream()
                .map(MeetingFact::zoomAccountId)
                .distinct()
                .sorted()
                .toList();
        List<String> meetingIds = meetingFacts.stream()
                .map(fact -> MeetingFactRepository.lockKey(fact.zoomAccountId(), fact.meetingId()))
                .distinct()
                .sorted()
                .toList();
        return locks.recording(sql, accounts)
                .call(() -> facts.lockAll(sql, meetingIds))
                .flatMap(ignored -> settings.topicsAllowed(sql, accounts))
                .call(allowed -> merge(sql, withTopicsAllowed(meetingFacts, allowed)))
                .call(() -> projector.projectAll(sql, meetings(meetingFacts)))
                .replaceWithVoid();
    }

    /** Records facts of one meeting id (a past meeting from Zoom's reports: its instance, joins and leaves) at once. */
    public Uni<Void> recordAll(List<MeetingFact> meetingFacts) {
        return database.withTransaction(sql -> record(sql, meetingFacts));
    }

    private Uni<Void> merge(SqlConnection sql, List<MeetingFact> meetingFacts) {
        return facts.mergeAll(sql, meetingFacts).call(() -> facts.addMarks(sql, meetingFacts));
    }

    /** The facts, each without its topic where an organisation of its account does not let topics be stored. */
    private static List<MeetingFact> withTopicsAllowed(List<MeetingFact> meetingFacts, Set<String> allowed) {
        return meetingFacts.stream()
                .map(fact -> allowed.contains(fact.zoomAccountId()) ? fact : fact.withoutTopic())
                .toList();
    }

    private static List<AccountMeeting> meetings(List<MeetingFact> meetingFacts) {
        return meetingFacts.stream()
                .map(fact -> new AccountMeeting(
                        fact.zoomAccountId(), new MeetingFactRepository.MeetingRef(fact.kind(), fact.meetingId())))
                .distinct()
                .toList();
    }
}
