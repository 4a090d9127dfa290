package io.switchboard.activity.service;

import io.smallrye.mutiny.Uni;
import io.switchboard.activity.mapping.MeetingFact;
import io.switchboard.activity.repository.DirectoryLocks;
import io.switchboard.activity.repository.MeetingFactRepository;
import io.switchboard.activity.repository.MeetingFactRepository.MeetingRef;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;

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

    public MeetingRecorder(
            Pool database, MeetingFactRepository facts, MeetingProjector projector, DirectoryLocks locks) {
        this.database = database;
        this.locks = locks;
        this.facts = facts;
        this.projector = projector;
    }

    public Uni<Void> record(MeetingFact fact) {
        MeetingRef meeting = new MeetingRef(fact.kind(), fact.meetingId());
        return database.withTransaction(sql -> locks.recording(sql, fact.zoomAccountId())
                .call(() -> facts.lock(sql, fact.zoomAccountId(), fact.meetingId()))
                .call(() -> facts.mergeInstance(sql, fact))
                .call(() -> fact.participant() == null ? Uni.createFrom().voidItem() : facts.addMark(sql, fact))
                .call(() -> projector.project(sql, fact.zoomAccountId(), meeting)));
    }
}
