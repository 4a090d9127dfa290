package io.switchboard.activity.repository;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.switchboard.activity.service.ActivityRole;
import io.switchboard.activity.service.MeetingProjection.Subject;
import io.switchboard.activity.service.TimelineEntry;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
            + " select * from unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::text[], $6::text[],"
            + " $7::text[], $8::text[], $9::text[], $10::timestamptz[], $11::timestamptz[], $12::int[], $13::int[],"
            + " $14::int[], $15::text[], $16::text[], $17::text[])"
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
            + " returning id, org_id, profile_id, source_key, (xmax = 0) as inserted";

    /**
     * Stores the entries, one statement for all of them; what was written, index by index, null where the stored
     * entry is the same. A statement may write a row only once: an entry whose key came before in the list is stored
     * by a further statement, after the earlier one, as if they were stored one by one.
     */
    public Uni<List<Written>> upsertAll(SqlClient sql, List<TimelineEntry> entries) {
        Written[] written = new Written[entries.size()];
        return Multi.createFrom()
                .iterable(EntryKey.rounds(entries))
                .onItem()
                .transformToUniAndConcatenate(round -> upsert(sql, entries, round, written))
                .collect()
                .last()
                .map(ignored -> Arrays.asList(written));
    }

    /** Stores the entries at {@code indexes} (no two with one key) and puts what was written at their index. */
    private Uni<Void> upsert(SqlClient sql, List<TimelineEntry> all, List<Integer> indexes, Written[] written) {
        List<TimelineEntry> entries = indexes.stream().map(all::get).toList();
        UUID[] ids = entries.stream().map(entry -> UUID.randomUUID()).toArray(UUID[]::new);
        return sql.preparedQuery(UPSERT)
                .execute(columns(entries, ids))
                .invoke(rows -> {
                    Map<UUID, Integer> byId = new HashMap<>();
                    Map<EntryKey, Integer> byKey = new HashMap<>();
                    for (int i = 0; i < indexes.size(); i++) {
                        byId.put(ids[i], indexes.get(i));
                        byKey.put(EntryKey.of(entries.get(i)), indexes.get(i));
                    }
                    for (Row row : rows) {
                        boolean inserted = row.getBoolean("inserted");
                        // A new row has the id given to it; a changed one keeps its own, and is found by its key.
                        EntryKey key = new EntryKey(
                                row.getString("org_id"), row.getString("profile_id"), row.getString("source_key"));
                        Integer index = inserted ? byId.get(row.getUUID("id")) : byKey.get(key);
                        if (index == null) {
                            throw new IllegalStateException("A written row matches no entry of the batch: " + key);
                        }
                        written[index] = new Written(row.getUUID("id"), inserted);
                    }
                })
                .replaceWithVoid();
    }

    private static Tuple columns(List<TimelineEntry> entries, UUID[] ids) {
        return Tuple.tuple()
                .addArrayOfUUID(ids)
                .addArrayOfString(Columns.strings(entries, TimelineEntry::orgId))
                .addArrayOfString(Columns.strings(entries, TimelineEntry::profileId))
                .addArrayOfUUID(Columns.uuids(entries, TimelineEntry::connectionId))
                .addArrayOfString(Columns.strings(entries, TimelineEntry::zoomUserId))
                .addArrayOfString(Columns.strings(entries, TimelineEntry::type))
                .addArrayOfString(Columns.strings(entries, entry -> entry.role().wire()))
                .addArrayOfString(Columns.strings(entries, TimelineEntry::sourceKey))
                .addArrayOfString(Columns.strings(entries, TimelineEntry::title))
                .addArrayOfOffsetDateTime(Columns.times(entries, TimelineEntry::startedAt))
                .addArrayOfOffsetDateTime(Columns.times(entries, TimelineEntry::endedAt))
                .addArrayOfInteger(Columns.integers(entries, TimelineEntry::durationSeconds))
                .addArrayOfInteger(Columns.integers(entries, TimelineEntry::participants))
                .addArrayOfInteger(Columns.integers(entries, TimelineEntry::minutesPresent))
                .addArrayOfString(Columns.strings(entries, TimelineEntry::otherParty))
                .addArrayOfString(Columns.strings(entries, TimelineEntry::result))
                .addArrayOfString(Columns.strings(entries, TimelineEntry::activityGroup));
    }

    /** The key an entry is stored under: organisation, person and source key. */
    record EntryKey(String orgId, String profileId, String sourceKey) {

        static EntryKey of(TimelineEntry entry) {
            return new EntryKey(entry.orgId(), entry.profileId(), entry.sourceKey());
        }

        /**
         * The indexes of {@code entries} in statements to run one after another: the n-th entry of a key goes into
         * the n-th, so no statement has a key twice and each key's entries are stored in their order.
         */
        static List<List<Integer>> rounds(List<TimelineEntry> entries) {
            List<List<Integer>> rounds = new ArrayList<>();
            Map<EntryKey, Integer> seen = new HashMap<>();
            for (int i = 0; i < entries.size(); i++) {
                int round = seen.merge(of(entries.get(i)), 1, Integer::sum) - 1;
                if (round == rounds.size()) {
                    rounds.add(new ArrayList<>());
                }
                rounds.get(round).add(i);
            }
            return rounds;
        }
    }

    /**
     * The stored entries of each subject (the entries of its connection whose source key starts with its prefix),
     * index by index, in one query: each subject is one range of the index in byte order (a {@code like} with a
     * parameter would read every entry of the connection).
     */
    public Uni<List<List<StoredEntry>>> withPrefixes(SqlClient sql, List<Subject> subjects) {
        // One index range per subject, fenced in a lateral subquery ("offset 0"): joined plainly, the planner hashes
        // the subjects and scans every entry of the table, since one connection's entries all match the join key.
        // Planned for the table as it is now (plan_cache_mode, application.properties): a plan made for a few
        // hundred entries scans every entry for every subject, and the table grows by hundreds a second.
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
