package io.switchboard.activity.service;

import io.smallrye.mutiny.Uni;
import io.switchboard.activity.mapping.MeetingFact;
import io.switchboard.activity.repository.DirectoryLocks;
import io.switchboard.activity.repository.MeetingFactRepository;
import io.switchboard.activity.repository.MeetingFactRepository.MeetingRef;
import io.switchboard.activity.repository.OrgSettingRepository;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Records one of Zoom's meeting or webinar events and derives the meeting's timeline entries again, in one
 * transaction that holds the meeting id of the account: instances of one meeting arrive on different partitions (they
 * are keyed by uuid) and would otherwise derive the same entries at once.
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

    /** Merges a fact (a topic only where every organisation of the account lets topics be stored). */
    private Uni<Void> merge(SqlConnection sql, MeetingFact fact) {
        return facts.mergeInstance(sql, fact)
                .call(() -> fact.participant() == null ? Uni.createFrom().voidItem() : facts.addMark(sql, fact));
    }

    /** Records one webhook's fact in the caller's transaction (the consumer's, which claims the event). */
    public Uni<Void> record(SqlConnection sql, MeetingFact fact) {
        return recordAll(sql, List.of(fact));
    }

    /** Records facts of one meeting id (a past meeting from Zoom's reports: its instance, joins and leaves) at once. */
    public Uni<Void> recordAll(List<MeetingFact> meetingFacts) {
        return database.withTransaction(sql -> recordAll(sql, meetingFacts));
    }

    private Uni<Void> recordAll(SqlConnection sql, List<MeetingFact> meetingFacts) {
        MeetingFact first = meetingFacts.get(0);
        String account = first.zoomAccountId();
        MeetingRef meeting = new MeetingRef(first.kind(), first.meetingId());
        return locks.recording(sql, account)
                .call(() -> facts.lock(sql, account, first.meetingId()))
                .flatMap(ignored -> settings.topicsAllowed(sql, account))
                .call(allowed -> InOrder.each(meetingFacts, fact -> merge(sql, allowed ? fact : fact.withoutTopic())))
                .call(() -> projector.project(sql, account, meeting))
                .replaceWithVoid();
    }
}
