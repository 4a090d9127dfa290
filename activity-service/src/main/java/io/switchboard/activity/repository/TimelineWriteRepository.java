package io.switchboard.activity.repository;

import io.smallrye.mutiny.Uni;
import io.switchboard.activity.service.ActivityRole;
import io.switchboard.activity.service.MeetingProjection.Subject;
import io.switchboard.activity.service.TimelineEntry;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Writes timeline entries by their source key: deriving an entry again updates it only when it changed. */
@ApplicationScoped
public class TimelineWriteRepository {

    /** A stored entry, as far as writing needs it. */
    public record StoredEntry(UUID id, String profileId, String sourceKey) {}

    /** An entry that was written: its id, and whether it is new. */
    public record Written(UUID id, boolean inserted) {}

    private static final String UPSERT = "insert into activity (id, org_id, profile_id, connection_id, zoom_user_id,"
            + " type, role, source_key, title, started_at, ended_at, duration_seconds, participants, minutes_present,"
            + " other_party, result, activity_group)"
            + " values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)"
            + " on conflict (org_id, profile_id, source_key) do update set title = excluded.title, role = excluded.role,"
            + " other_party = excluded.other_party, result = excluded.result,"
            + " started_at = excluded.started_at, ended_at = excluded.ended_at,"
            + " duration_seconds = excluded.duration_seconds, participants = excluded.participants,"
            + " minutes_present = excluded.minutes_present, updated_at = now()"
            + " where (activity.title, activity.role, activity.started_at, activity.ended_at, activity.duration_seconds,"
            + " activity.participants, activity.minutes_present, activity.other_party, activity.result)"
            + " is distinct from (excluded.title, excluded.role, excluded.started_at, excluded.ended_at,"
            + " excluded.duration_seconds, excluded.participants, excluded.minutes_present, excluded.other_party,"
            + " excluded.result)"
            + " returning id, (xmax = 0) as inserted";

    /**
     * Stores the entries in one round trip; what was written, index by index, null where the stored entry is the
     * same.
     */
    public Uni<List<Written>> upsertAll(SqlClient sql, List<TimelineEntry> entries) {
        if (entries.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return sql.preparedQuery(UPSERT)
                .executeBatch(
                        entries.stream().map(TimelineWriteRepository::tuple).toList())
                .map(rows -> {
                    List<Written> written = new ArrayList<>(entries.size());
                    for (RowSet<Row> each = rows; each != null; each = each.next()) {
                        written.add(
                                each.size() == 0
                                        ? null
                                        : written(each.iterator().next()));
                    }
                    return written;
                });
    }

    private static Written written(Row row) {
        return new Written(row.getUUID("id"), row.getBoolean("inserted"));
    }

    private static Tuple tuple(TimelineEntry entry) {
        return Tuple.from(new Object[] {
            UUID.randomUUID(),
            entry.orgId(),
            entry.profileId(),
            entry.connectionId(),
            entry.zoomUserId(),
            entry.type(),
            entry.role().wire(),
            entry.sourceKey(),
            entry.title(),
            MeetingFactRepository.time(entry.startedAt()),
            MeetingFactRepository.time(entry.endedAt()),
            entry.durationSeconds(),
            entry.participants(),
            entry.minutesPresent(),
            entry.otherParty(),
            entry.result(),
            entry.activityGroup()
        });
    }

    /**
     * The stored entries of each subject (the entries of its connection whose source key starts with its prefix),
     * index by index, in one query: each subject is one range of the index in byte order (a {@code like} with a
     * parameter would read every entry of the connection).
     */
    public Uni<List<List<StoredEntry>>> withPrefixes(SqlClient sql, List<Subject> subjects) {
        // One index range per subject, fenced in a lateral subquery ("offset 0"): joined plainly, the planner hashes
        // the subjects and scans every entry of the table, since one connection's entries all match the join key.
        // Planned for the table as it is now, never from a plan cached while it was small: a plan made for a few
        // hundred entries scans every entry for every subject, and the table grows by hundreds a second.
        return sql.query("set local plan_cache_mode = force_custom_plan")
                .execute()
                .flatMap(ignored -> storedEntries(sql, subjects))
                .call(ignored -> sql.query("reset plan_cache_mode").execute());
    }

    private Uni<List<List<StoredEntry>>> storedEntries(SqlClient sql, List<Subject> subjects) {
        return sql.preparedQuery("select s.n, a.id, a.profile_id, a.source_key"
                        + " from unnest($1::uuid[], $2::text[], $3::text[]) with ordinality as s (connection_id, low,"
                        + " high, n) cross join lateral (select a.id, a.profile_id, a.source_key from activity a"
                        + " where a.connection_id = s.connection_id and a.source_key collate \"C\" >= s.low"
                        + " and a.source_key collate \"C\" < s.high offset 0) as a")
                .execute(Tuple.tuple()
                        .addArrayOfUUID(
                                subjects.stream().map(Subject::connectionId).toArray(UUID[]::new))
                        .addArrayOfString(
                                subjects.stream().map(Subject::keyPrefix).toArray(String[]::new))
                        .addArrayOfString(subjects.stream()
                                .map(subject -> afterEveryKeyStartingWith(subject.keyPrefix()))
                                .toArray(String[]::new)))
                .map(rows -> {
                    List<List<StoredEntry>> stored = new ArrayList<>();
                    subjects.forEach(subject -> stored.add(new ArrayList<>()));
                    for (Row row : rows) {
                        stored.get(row.getLong("n").intValue() - 1)
                                .add(new StoredEntry(
                                        row.getUUID("id"), row.getString("profile_id"), row.getString("source_key")));
                    }
                    return stored;
                });
    }

    /**
     * The least string after every string that starts with {@code prefix}, in byte order: the prefix with its last
     * character raised by one (source-key prefixes end with ':').
     */
    static String afterEveryKeyStartingWith(String prefix) {
        char last = prefix.charAt(prefix.length() - 1);
        if (last >= Character.MIN_SURROGATE) {
            throw new IllegalArgumentException("a source-key prefix ends with an ASCII separator: " + prefix);
        }
        return prefix.substring(0, prefix.length() - 1) + (char) (last + 1);
    }

    public Uni<Void> delete(SqlClient sql, List<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return sql.preparedQuery("delete from activity a using unnest($1::uuid[]) as d (id) where a.id = d.id")
                .execute(Tuple.tuple().addArrayOfUUID(ids.toArray(UUID[]::new)))
                .replaceWithVoid();
    }

    /**
     * Shows the Zoom user's entries of {@code visibleProfile} and hides every other of theirs (all of them when it is
     * null: the user is unmapped or switched off).
     */
    public Uni<Void> showOnly(SqlClient sql, UUID connectionId, String zoomUserId, String visibleProfile) {
        return sql.preparedQuery("update activity set hidden = (profile_id is distinct from $3::text)"
                        + " where connection_id = $1 and zoom_user_id = $2"
                        + " and hidden is distinct from (profile_id is distinct from $3::text)")
                .execute(Tuple.of(connectionId, zoomUserId, visibleProfile))
                .replaceWithVoid();
    }

    /** An entry as stored, with its id. */
    public record Stored(UUID id, TimelineEntry entry) {}

    /** Erases the titles of the organisation's meeting and webinar entries; the entries it changed, as now stored. */
    public Uni<List<Stored>> eraseTitles(SqlClient sql, String orgId) {
        return sql.preparedQuery("update activity set title = null, updated_at = now() where org_id = $1"
                        + " and title is not null and type in ('meeting', 'webinar') returning *")
                .execute(Tuple.of(orgId))
                .map(rows -> {
                    List<Stored> stored = new ArrayList<>();
                    for (Row row : rows) {
                        stored.add(new Stored(row.getUUID("id"), entry(row)));
                    }
                    return stored;
                });
    }

    private static TimelineEntry entry(Row row) {
        return new TimelineEntry(
                row.getString("org_id"),
                row.getString("profile_id"),
                row.getUUID("connection_id"),
                row.getString("zoom_user_id"),
                row.getString("type"),
                ActivityRole.valueOf(row.getString("role").toUpperCase(java.util.Locale.ROOT)),
                row.getString("source_key"),
                row.getString("activity_group"),
                row.getString("title"),
                MeetingFactRepository.instant(row, "started_at"),
                MeetingFactRepository.instant(row, "ended_at"),
                row.getInteger("duration_seconds"),
                row.getInteger("participants"),
                row.getInteger("minutes_present"),
                row.getString("other_party"),
                row.getString("result"));
    }

    public Uni<Void> purge(SqlClient sql, UUID connectionId) {
        return sql.preparedQuery("delete from activity where connection_id = $1")
                .execute(Tuple.of(connectionId))
                .replaceWithVoid();
    }
}
