package io.switchboard.activity.repository;

import static io.switchboard.activity.repository.MeetingFactRepository.time;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The facts nobody's timeline needs once the unmapped window is over: meetings (every instance of a meeting id, with
 * their joins and leaves) and calls in which no Zoom user mapped to a person of the account's connections took part,
 * with nothing received for them since the window's start. A mapped person's meetings and calls keep all their facts:
 * their participants are the entry's detail.
 */
@ApplicationScoped
public class RetentionRepository {

    /** A meeting id or call id of an account. */
    public record Expired(String zoomAccountId, String key) {}

    private static final String MAPPED = "select 1 from connection_ref c join mapping_ref m"
            + " on m.connection_id = c.connection_id where c.zoom_account_id = i.zoom_account_id";

    private static final String MEETING_EXPIRED = " not exists (select 1 from meeting_instance y"
            + " where y.zoom_account_id = i.zoom_account_id and y.meeting_id = i.meeting_id and (y.received_at >= $1"
            + " or exists (" + MAPPED + " and m.zoom_user_id = y.host_zoom_user_id)"
            + " or exists (select 1 from participant_event p where p.zoom_account_id = y.zoom_account_id"
            + " and p.uuid = y.uuid and (p.received_at >= $1 or exists (" + MAPPED
            + " and m.zoom_user_id = p.zoom_user_id)))))";

    private static final String CALL_EXPIRED = " not exists (select 1 from phone_report y"
            + " where y.zoom_account_id = i.zoom_account_id and y.call_id = i.call_id and (y.received_at >= $1"
            + " or exists (" + MAPPED + " and m.zoom_user_id = y.party)))";

    /** Up to {@code limit} meeting ids whose facts have expired. */
    public Uni<List<Expired>> expiredMeetings(SqlClient sql, Instant windowStart, int limit) {
        return expired(
                sql,
                "select distinct i.zoom_account_id, i.meeting_id from meeting_instance i where i.received_at < $1 and"
                        + MEETING_EXPIRED + " limit $2",
                windowStart,
                limit);
    }

    /** Forgets a meeting id's facts if they are still expired (the caller holds the meeting's lock); the instances. */
    public Uni<Integer> forgetMeeting(SqlClient sql, Expired meeting, Instant windowStart) {
        Tuple parameters = Tuple.of(time(windowStart), meeting.zoomAccountId(), meeting.key());
        return sql.preparedQuery("with doomed as (select i.zoom_account_id, i.uuid from meeting_instance i"
                        + " where i.zoom_account_id = $2 and i.meeting_id = $3 and" + MEETING_EXPIRED + "),"
                        + " marks as (delete from participant_event p using doomed d"
                        + " where p.zoom_account_id = d.zoom_account_id and p.uuid = d.uuid)"
                        + " delete from meeting_instance i using doomed d"
                        + " where i.zoom_account_id = d.zoom_account_id and i.uuid = d.uuid")
                .execute(parameters)
                .map(rows -> rows.rowCount());
    }

    /** Up to {@code limit} call ids whose reports have expired. */
    public Uni<List<Expired>> expiredCalls(SqlClient sql, Instant windowStart, int limit) {
        return expired(
                sql,
                "select distinct i.zoom_account_id, i.call_id from phone_report i where i.received_at < $1 and"
                        + CALL_EXPIRED + " limit $2",
                windowStart,
                limit);
    }

    /** Forgets a call's reports if they are still expired (the caller holds the call's lock); the reports. */
    public Uni<Integer> forgetCall(SqlClient sql, Expired call, Instant windowStart) {
        return sql.preparedQuery(
                        "delete from phone_report i where i.zoom_account_id = $2 and i.call_id = $3 and" + CALL_EXPIRED)
                .execute(Tuple.of(time(windowStart), call.zoomAccountId(), call.key()))
                .map(rows -> rows.rowCount());
    }

    private static Uni<List<Expired>> expired(SqlClient sql, String query, Instant windowStart, int limit) {
        return sql.preparedQuery(query)
                .execute(Tuple.of(time(windowStart), limit))
                .map(rows -> {
                    List<Expired> expired = new ArrayList<>();
                    for (Row row : rows) {
                        expired.add(new Expired(row.getString(0), row.getString(1)));
                    }
                    return expired;
                });
    }
}
