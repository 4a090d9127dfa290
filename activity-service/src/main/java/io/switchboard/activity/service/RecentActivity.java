package io.switchboard.activity.service;

import io.smallrye.mutiny.Uni;
import io.switchboard.activity.config.ActivityConfig;
import io.switchboard.activity.repository.ConnectionRefRepository.ConnectionRef;
import io.switchboard.activity.repository.MeetingFactRepository;
import io.switchboard.activity.repository.MeetingFactRepository.MeetingRef;
import io.switchboard.activity.repository.PhoneReportRepository;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Derives again, for one connection, the entries of the activity recorded within the unmapped window: all of the
 * account's (a new connection) or one Zoom user's (a newly mapped person). Meetings and calls are taken in lock order.
 */
@ApplicationScoped
public class RecentActivity {

    private final MeetingFactRepository facts;
    private final PhoneReportRepository calls;
    private final MeetingProjector meetings;
    private final PhoneRecorder phone;
    private final ActivityConfig config;

    public RecentActivity(
            MeetingFactRepository facts,
            PhoneReportRepository calls,
            MeetingProjector meetings,
            PhoneRecorder phone,
            ActivityConfig config) {
        this.facts = facts;
        this.calls = calls;
        this.meetings = meetings;
        this.phone = phone;
        this.config = config;
    }

    /** Every recent meeting and call of the connection's account. */
    public Uni<Void> deriveAll(SqlConnection sql, ConnectionRef connection) {
        String account = connection.zoomAccountId();
        return facts.recent(sql, account, windowStart())
                .call(recent -> InOrder.each(recent, meeting -> meeting(sql, connection, meeting)))
                .flatMap(ignored -> calls.recent(sql, account, windowStart()))
                .call(recent -> InOrder.each(recent, callId -> call(sql, connection, callId)))
                .replaceWithVoid();
    }

    /** The recent meetings and calls of one Zoom user of the connection. */
    public Uni<Void> deriveFor(SqlConnection sql, ConnectionRef connection, String zoomUserId) {
        String account = connection.zoomAccountId();
        return facts.recentOf(sql, account, zoomUserId, windowStart())
                .call(recent -> InOrder.each(recent, meeting -> meeting(sql, connection, meeting)))
                .flatMap(ignored -> calls.recentOf(sql, account, zoomUserId, windowStart()))
                .call(recent -> InOrder.each(recent, callId -> call(sql, connection, callId)))
                .replaceWithVoid();
    }

    private Uni<Void> meeting(SqlConnection sql, ConnectionRef connection, MeetingRef meeting) {
        return facts.lock(sql, connection.zoomAccountId(), meeting.meetingId())
                .flatMap(ignored -> meetings.project(sql, connection, meeting));
    }

    private Uni<Void> call(SqlConnection sql, ConnectionRef connection, String callId) {
        return calls.lock(sql, connection.zoomAccountId(), callId)
                .flatMap(ignored -> phone.project(sql, connection, callId));
    }

    private Instant windowStart() {
        return Instant.now().minus(config.unmappedWindow());
    }
}
