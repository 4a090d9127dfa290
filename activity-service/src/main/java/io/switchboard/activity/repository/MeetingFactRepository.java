package io.switchboard.activity.repository;

import io.smallrye.mutiny.Uni;
import io.switchboard.activity.mapping.MeetingFact;
import io.switchboard.activity.service.MeetingKind;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What Zoom reported about meetings and webinars, per Zoom account: each instance and each participant's joins and
 * leaves. Writes are merges that give the same result in any order and any number of times.
 */
@ApplicationScoped
public class MeetingFactRepository {

    /** First key of the transaction locks that serialise the work on one meeting id of an account. */
    private static final int MEETING_LOCK_SPACE = 0x5357_4d54;

    /** A meeting id of an account that something happened in. */
    public record MeetingRef(MeetingKind kind, String meetingId) {}

    /** Holds the meeting id of the account for the rest of the transaction. */
    public Uni<Void> lock(SqlClient sql, String zoomAccountId, String meetingId) {
        return lockAll(sql, List.of(lockKey(zoomAccountId, meetingId)));
    }

    /** The key of a meeting id's lock, by which locks are taken in order ({@link #lockAll}). */
    public static String lockKey(String zoomAccountId, String meetingId) {
        return zoomAccountId + ":" + meetingId;
    }

    /**
     * Holds these meeting ids ({@link #lockKey}) for the rest of the transaction, taken one after another in the
     * order given: callers give them sorted, so that two transactions never wait on each other crosswise.
     */
    public Uni<Void> lockAll(SqlClient sql, List<String> lockKeys) {
        return sql.preparedQuery("select count(pg_advisory_xact_lock($1, hashtext(k))) from unnest($2::text[]) as k")
                .execute(Tuple.of(MEETING_LOCK_SPACE).addArrayOfString(lockKeys.toArray(String[]::new)))
                .replaceWithVoid();
    }

    /**
     * Merges a batch's facts into their instances in one statement. A statement may update a row only once, so the
     * facts of one instance are merged first, the same way the conflict clause merges them into the stored row: the
     * host and the topic of the newest {@code event_ts} (the greater value on a tie), the earliest start, the latest
     * end. Both merges are order-free, so the result is the one of merging the facts one by one in any order.
     */
    private static final String MERGE_INSTANCES = """
            insert into meeting_instance (zoom_account_id, uuid, kind, meeting_id,
                host_zoom_user_id, host_ts, topic, topic_ts, started_at, ended_at)
            select f.account, f.uuid, min(f.kind), min(f.meeting_id),
                (array_agg(f.host order by f.host_ts desc, f.host desc nulls last))[1], max(f.host_ts),
                (array_agg(f.topic order by f.topic_ts desc, f.topic desc nulls last))[1], max(f.topic_ts),
                min(f.started_at), max(f.ended_at)
            from (select u.account, u.uuid, u.kind, u.meeting_id, u.host,
                    case when u.host is null then -1 else u.ts end as host_ts, u.topic,
                    case when u.topic is null then -1 else u.ts end as topic_ts, u.started_at, u.ended_at
                from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::bigint[], $7::text[],
                    $8::timestamptz[], $9::timestamptz[])
                    as u (account, uuid, kind, meeting_id, host, ts, topic, started_at, ended_at)) as f
            group by f.account, f.uuid
            order by f.account, f.uuid
            on conflict (zoom_account_id, uuid) do update set
                host_zoom_user_id = case when (excluded.host_ts, excluded.host_zoom_user_id)
                    > (meeting_instance.host_ts, meeting_instance.host_zoom_user_id)
                    then excluded.host_zoom_user_id else meeting_instance.host_zoom_user_id end,
                host_ts = greatest(excluded.host_ts, meeting_instance.host_ts),
                topic = case when (excluded.topic_ts, excluded.topic) > (meeting_instance.topic_ts, meeting_instance.topic)
                    then excluded.topic else meeting_instance.topic end,
                topic_ts = greatest(excluded.topic_ts, meeting_instance.topic_ts),
                started_at = least(excluded.started_at, meeting_instance.started_at),
                ended_at = greatest(excluded.ended_at, meeting_instance.ended_at), last_event_at = now()
            """;

    /** Merges what each fact says of its instance, in one statement. */
    public Uni<Void> mergeAll(SqlClient sql, List<MeetingFact> facts) {
        if (facts.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return sql.preparedQuery(MERGE_INSTANCES)
                .execute(Tuple.tuple()
                        .addArrayOfString(Columns.strings(facts, MeetingFact::zoomAccountId))
                        .addArrayOfString(Columns.strings(facts, MeetingFact::uuid))
                        .addArrayOfString(
                                Columns.strings(facts, fact -> fact.kind().wire()))
                        .addArrayOfString(Columns.strings(facts, MeetingFact::meetingId))
                        .addArrayOfString(Columns.strings(facts, MeetingFact::hostZoomUserId))
                        .addArrayOfLong(Columns.longs(facts, MeetingFact::eventTs))
                        .addArrayOfString(Columns.strings(facts, MeetingFact::topic))
                        .addArrayOfOffsetDateTime(Columns.times(facts, MeetingFact::startedAt))
                        .addArrayOfOffsetDateTime(Columns.times(facts, MeetingFact::endedAt)))
                .replaceWithVoid();
    }

    /** Adds the joins and leaves of these facts (a duplicate adds nothing), in one statement. */
    public Uni<Void> addMarks(SqlClient sql, List<MeetingFact> facts) {
        List<MeetingFact> marks =
                facts.stream().filter(fact -> fact.participant() != null).toList();
        if (marks.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return sql.preparedQuery("insert into participant_event (zoom_account_id, uuid, participant_key, kind, at,"
                        + " session_id, zoom_user_id, display_name, email) select * from unnest($1::text[],"
                        + " $2::text[], $3::text[], $4::text[], $5::timestamptz[], $6::text[], $7::text[], $8::text[],"
                        + " $9::text[]) on conflict do nothing")
                .execute(Tuple.tuple()
                        .addArrayOfString(Columns.strings(marks, MeetingFact::zoomAccountId))
                        .addArrayOfString(Columns.strings(marks, MeetingFact::uuid))
                        .addArrayOfString(Columns.strings(
                                marks, fact -> fact.participant().key()))
                        .addArrayOfString(Columns.strings(
                                marks, fact -> fact.participant().joined() ? "joined" : "left"))
                        .addArrayOfOffsetDateTime(
                                Columns.times(marks, fact -> fact.participant().at()))
                        .addArrayOfString(Columns.strings(
                                marks, fact -> fact.participant().sessionId()))
                        .addArrayOfString(Columns.strings(
                                marks, fact -> fact.participant().zoomUserId()))
                        .addArrayOfString(Columns.strings(
                                marks, fact -> fact.participant().name()))
                        .addArrayOfString(Columns.strings(
                                marks, fact -> fact.participant().email())))
                .replaceWithVoid();
    }

    /** A participant's name as Zoom last gave it, by participant key, in these instances. */
    public Uni<Map<String, String>> names(SqlClient sql, String zoomAccountId, Collection<String> uuids) {
        return sql.preparedQuery("select distinct on (p.participant_key) p.participant_key, p.display_name"
                        + " from participant_event p join unnest($2::text[]) as u (uuid)"
                        + " on p.zoom_account_id = $1 and p.uuid = u.uuid where p.display_name is not null"
                        + " order by p.participant_key, p.at desc")
                .execute(Tuple.of(zoomAccountId).addArrayOfString(uuids.toArray(String[]::new)))
                .map(rows -> {
                    Map<String, String> names = new HashMap<>();
                    for (Row row : rows) {
                        names.put(row.getString(0), row.getString(1));
                    }
                    return names;
                });
    }

    /** When the account's meeting facts last changed, or null. */
    public Uni<Instant> lastEventAt(SqlClient sql, String zoomAccountId) {
        return sql.preparedQuery("select max(last_event_at) from meeting_instance where zoom_account_id = $1")
                .execute(Tuple.of(zoomAccountId))
                .map(rows -> instantAt(rows.iterator().next()));
    }

    /** The meeting ids of the account with anything received since {@code since}, in lock order. */
    public Uni<List<MeetingRef>> recent(SqlClient sql, String zoomAccountId, Instant since) {
        return refs(
                sql,
                "select distinct kind, meeting_id from meeting_instance where zoom_account_id = $1 and received_at >= $2"
                        + " order by meeting_id, kind",
                Tuple.of(zoomAccountId, time(since)));
    }

    /** The meeting ids of the account that a Zoom user hosted or took part in since {@code since}, in lock order. */
    public Uni<List<MeetingRef>> recentOf(SqlClient sql, String zoomAccountId, String zoomUserId, Instant since) {
        return refs(
                sql,
                "select distinct i.kind, i.meeting_id from meeting_instance i where i.zoom_account_id = $1"
                        + " and i.received_at >= $3 and (i.host_zoom_user_id = $2 or exists (select 1 from"
                        + " participant_event p where p.zoom_account_id = $1 and p.uuid = i.uuid"
                        + " and p.zoom_user_id = $2)) order by i.meeting_id, i.kind",
                Tuple.of(zoomAccountId, zoomUserId, time(since)));
    }

    /** Forgets everything reported for the account. */
    public Uni<Void> purge(SqlClient sql, String zoomAccountId) {
        return sql.preparedQuery("delete from participant_event where zoom_account_id = $1")
                .execute(Tuple.of(zoomAccountId))
                .flatMap(ignored -> sql.preparedQuery("delete from meeting_instance where zoom_account_id = $1")
                        .execute(Tuple.of(zoomAccountId)))
                .replaceWithVoid();
    }

    private static Uni<List<MeetingRef>> refs(SqlClient sql, String query, Tuple parameters) {
        return sql.preparedQuery(query).execute(parameters).map(rows -> {
            List<MeetingRef> refs = new ArrayList<>();
            for (Row row : rows) {
                refs.add(new MeetingRef(MeetingKind.fromWire(row.getString("kind")), row.getString("meeting_id")));
            }
            return refs;
        });
    }

    static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instantAt(Row row) {
        OffsetDateTime value = row.getOffsetDateTime(0);
        return value == null ? null : value.toInstant();
    }

    static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }
}
