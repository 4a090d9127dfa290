package io.switchboard.activity.repository;

import io.smallrye.mutiny.Uni;
import io.switchboard.activity.service.Attendance;
import io.switchboard.activity.service.LogicalMeetings.Instance;
import io.switchboard.activity.service.MeetingProjection.ParticipantMark;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What is recorded of many meeting ids at once, for deriving a batch of webhooks' meetings again with one query per
 * kind of fact instead of one per meeting.
 */
@ApplicationScoped
public class RecordedMeetingRepository {

    /** A meeting id of a Zoom account. */
    public record AccountMeetingId(String zoomAccountId, String meetingId) {}

    /** An instance of a Zoom account. */
    public record AccountInstance(String zoomAccountId, String uuid) {}

    /** The instances of these meeting ids, each with the time of its last join or leave. */
    public Uni<Map<AccountMeetingId, List<Instance>>> instances(SqlClient sql, List<AccountMeetingId> meetings) {
        return sql.preparedQuery("select m.account, m.meeting_id, i.uuid, i.host_zoom_user_id, i.topic, i.started_at,"
                        + " i.ended_at, greatest(i.host_ts, i.topic_ts) as state_ts,"
                        + " (select max(p.at) from participant_event p where p.zoom_account_id = i.zoom_account_id"
                        + " and p.uuid = i.uuid) as last_seen_at"
                        + " from unnest($1::text[], $2::text[]) as m (account, meeting_id)"
                        + " join meeting_instance i on i.zoom_account_id = m.account and i.meeting_id = m.meeting_id")
                .execute(Tuple.tuple()
                        .addArrayOfString(meetings.stream()
                                .map(AccountMeetingId::zoomAccountId)
                                .toArray(String[]::new))
                        .addArrayOfString(meetings.stream()
                                .map(AccountMeetingId::meetingId)
                                .toArray(String[]::new)))
                .map(rows -> {
                    Map<AccountMeetingId, List<Instance>> instances = new HashMap<>();
                    rows.forEach(row -> instances
                            .computeIfAbsent(
                                    new AccountMeetingId(row.getString("account"), row.getString("meeting_id")),
                                    key -> new ArrayList<>())
                            .add(instance(row)));
                    return instances;
                });
    }

    /** The instances of one meeting id (see {@link #instances(SqlClient, List)}). */
    public Uni<List<Instance>> instances(SqlClient sql, String zoomAccountId, String meetingId) {
        AccountMeetingId id = new AccountMeetingId(zoomAccountId, meetingId);
        return instances(sql, List.of(id)).map(found -> found.getOrDefault(id, List.of()));
    }

    /** Every join and leave in these instances of one account. */
    public Uni<List<ParticipantMark>> marks(SqlClient sql, String zoomAccountId, List<String> uuids) {
        return marks(
                        sql,
                        uuids.stream()
                                .map(uuid -> new AccountInstance(zoomAccountId, uuid))
                                .toList())
                .map(found -> found.values().stream().flatMap(List::stream).toList());
    }

    /** Every join and leave in these instances, by instance. */
    public Uni<Map<AccountInstance, List<ParticipantMark>>> marks(SqlClient sql, List<AccountInstance> instances) {
        return sql.preparedQuery("select p.zoom_account_id, p.uuid, p.participant_key, p.zoom_user_id, p.session_id,"
                        + " p.kind, p.at from unnest($1::text[], $2::text[]) as u (account, uuid)"
                        + " join participant_event p on p.zoom_account_id = u.account and p.uuid = u.uuid")
                .execute(Tuple.tuple()
                        .addArrayOfString(instances.stream()
                                .map(AccountInstance::zoomAccountId)
                                .toArray(String[]::new))
                        .addArrayOfString(
                                instances.stream().map(AccountInstance::uuid).toArray(String[]::new)))
                .map(rows -> {
                    Map<AccountInstance, List<ParticipantMark>> marks = new HashMap<>();
                    rows.forEach(row -> marks.computeIfAbsent(
                                    new AccountInstance(row.getString("zoom_account_id"), row.getString("uuid")),
                                    key -> new ArrayList<>())
                            .add(mark(row)));
                    return marks;
                });
    }

    private static Instance instance(Row row) {
        return new Instance(
                row.getString("uuid"),
                row.getString("host_zoom_user_id"),
                row.getString("topic"),
                MeetingFactRepository.instant(row, "started_at"),
                MeetingFactRepository.instant(row, "ended_at"),
                MeetingFactRepository.instant(row, "last_seen_at"),
                row.getLong("state_ts"));
    }

    private static ParticipantMark mark(Row row) {
        return new ParticipantMark(
                row.getString("uuid"),
                row.getString("participant_key"),
                row.getString("zoom_user_id"),
                new Attendance.Mark(
                        row.getString("session_id"),
                        "joined".equals(row.getString("kind")),
                        MeetingFactRepository.instant(row, "at")));
    }
}
