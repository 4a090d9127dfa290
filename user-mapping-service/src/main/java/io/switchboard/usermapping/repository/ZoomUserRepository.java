package io.switchboard.usermapping.repository;

import io.smallrye.mutiny.Uni;
import io.switchboard.usermapping.repository.ConnectionRepository.KnownConnection;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The Zoom users of each connection, keyed by Zoom's user id ({@code pending:<email>} for invited users, whom Zoom
 * lists without an id), with their email keys for matching. Newest Zoom {@code event_ts} wins; an import writes with
 * its start time, so a webhook newer than the import is never overwritten by it.
 */
@ApplicationScoped
public class ZoomUserRepository {

    /** A user as Zoom last described it. */
    public record ZoomUserRow(String zoomUserId, String email, List<String> aliases, String status, String record) {}

    /** What one of Zoom's user webhooks says: the fields that changed, at {@code eventTs} (epoch ms). */
    public record ZoomUserChange(String zoomUserId, String email, String status, String fields, long eventTs) {}

    /** A user whose record an import changed: new to the directory, or known and maybe at another address. */
    public record Written(ZoomUserRow user, boolean added, boolean readdressed) {}

    /** What a changed user is published as on the Zoom users topic: topic, record type and CloudEvent source. */
    public record Published(String topic, String type, String source) {}

    /** A user removed from the directory, with the profile it was mapped to (null when it was not). */
    public record Removed(String zoomUserId, String mappedProfile) {}

    // The data of a user's record on the Zoom users topic, from a written row "w" ($1 the connection, %s its Zoom
    // account): the user as the directory holds it, its record embedded as PostgreSQL stored it.
    private static final String PAYLOAD = "'{\"orgId\":' || to_json(w.org_id)::text || ',\"connectionId\":\"'"
            + " || $1::text || '\",\"zoomAccountId\":' || coalesce(to_json(%s::text)::text, 'null')"
            + " || ',\"zoomUserId\":' || to_json(w.zoom_user_id)::text"
            + " || ',\"email\":' || coalesce(to_json(w.email)::text, 'null')"
            + " || ',\"aliases\":' || to_json(w.aliases)::text || ',\"status\":' || to_json(w.status)::text"
            + " || ',\"user\":' || w.record::text || '}'";

    // Appends a record of every row of "w" ($1 the connection; topic, type and source at %s, %s and %s).
    private static final String PUBLISH = " insert into outbox_event (id, topic, record_key, type, source, subject,"
            + " payload) select gen_random_uuid(), %s::text, $1::text || ':' || w.zoom_user_id, %s::text, %s::text,"
            + " $1::text || ':' || w.zoom_user_id, %s from %s w order by w.zoom_user_id";

    // One statement per page: every listed user is marked seen by the run, those whose record changed are published
    // and returned (the "before" CTE reads the rows as they were when the statement began). "before" looks each
    // listed user up by key: during an import the statistics lag behind the growing directory, and a join the
    // planner chose from them read the whole directory for every page.
    private static final String UPSERT = "with listed as (select * from unnest($5::text[], $6::text[], $7::text[],"
            + " $8::text[]) as i (zoom_user_id, email, status, record)),"
            + " before as materialized (select z.* from listed l cross join lateral (select z.zoom_user_id, z.email,"
            + " z.record, z.status from zoom_user z where z.connection_id = $1 and z.zoom_user_id = l.zoom_user_id"
            + " limit 1) z),"
            + " written as (insert into zoom_user"
            + " (connection_id, zoom_user_id, org_id, email, status, record, event_ts, import_run_id, updated_at)"
            + " select $1, l.zoom_user_id, $2, l.email, l.status, l.record::jsonb, $3, $4, now() from listed l"
            + " on conflict (connection_id, zoom_user_id) do update set import_run_id = excluded.import_run_id,"
            + " aliases = case when zoom_user.event_ts <= excluded.event_ts and zoom_user.email is not null"
            + " and zoom_user.email is distinct from excluded.email"
            + " then array_prepend(zoom_user.email, array_remove(zoom_user.aliases, zoom_user.email))"
            + " else zoom_user.aliases end,"
            + " email = case when zoom_user.event_ts <= excluded.event_ts then excluded.email else zoom_user.email end,"
            + " status = case when zoom_user.event_ts <= excluded.event_ts then excluded.status"
            + " else zoom_user.status end,"
            + " record = case when zoom_user.event_ts <= excluded.event_ts then excluded.record"
            + " else zoom_user.record end,"
            + " event_ts = greatest(zoom_user.event_ts, excluded.event_ts),"
            + " updated_at = case when zoom_user.event_ts <= excluded.event_ts and (zoom_user.record is distinct from"
            + " excluded.record or zoom_user.status is distinct from excluded.status) then now()"
            + " else zoom_user.updated_at end"
            + " returning zoom_user_id, org_id, email, aliases, status, record),"
            + " changed as (select w.*, b.zoom_user_id is null as added, b.email is distinct from w.email as readdressed"
            + " from written w left join before b on b.zoom_user_id = w.zoom_user_id"
            + " where b.zoom_user_id is null or b.record is distinct from w.record or b.status is distinct from w.status),"
            + " published as (" + PUBLISH.formatted("$9", "$10", "$11", PAYLOAD.formatted("$12"), "changed") + ")"
            + " select zoom_user_id, email, aliases, status, added, readdressed from changed";

    /**
     * Writes users listed by import run {@code importRunId} (Zoom's view at {@code eventTs}, epoch ms) unless the
     * stored state is newer, marks each as seen by the run, and appends a record of each user whose record changed
     * (the caller holds their keys of the topic); those users, as stored, without their record.
     */
    public Uni<List<Written>> upsert(
            SqlClient sql,
            KnownConnection connection,
            long eventTs,
            UUID importRunId,
            List<ZoomUserRow> users,
            Published published) {
        if (users.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Tuple parameters = Tuple.of(connection.id(), connection.orgId(), eventTs, importRunId)
                .addArrayOfString(users.stream().map(ZoomUserRow::zoomUserId).toArray(String[]::new))
                .addArrayOfString(users.stream().map(ZoomUserRow::email).toArray(String[]::new))
                .addArrayOfString(users.stream().map(ZoomUserRow::status).toArray(String[]::new))
                .addArrayOfString(users.stream().map(ZoomUserRow::record).toArray(String[]::new))
                .addString(published.topic())
                .addString(published.type())
                .addString(published.source())
                .addString(connection.zoomAccountId());
        return sql.preparedQuery(UPSERT)
                .execute(parameters)
                .map(rows -> DirectoryRows.all(
                        rows,
                        row -> new Written(
                                new ZoomUserRow(
                                        row.getString("zoom_user_id"),
                                        row.getString("email"),
                                        DirectoryRows.strings(row, "aliases"),
                                        row.getString("status"),
                                        null),
                                row.getBoolean("added"),
                                row.getBoolean("readdressed"))));
    }

    private static final String MERGE = "with w as (insert into zoom_user"
            + " (connection_id, zoom_user_id, org_id, email, status, record, event_ts, updated_at)"
            + " values ($1, $2, $3, $4, coalesce($5, 'active'), $6::text::jsonb, $7, now())"
            + " on conflict (connection_id, zoom_user_id) do update set"
            + " aliases = case when $4::text is not null and zoom_user.email is not null and zoom_user.email <> $4"
            + " then array_prepend(zoom_user.email, array_remove(zoom_user.aliases, zoom_user.email))"
            + " else zoom_user.aliases end,"
            + " email = coalesce($4, zoom_user.email), status = coalesce($5, zoom_user.status),"
            + " record = zoom_user.record || $6::text::jsonb, event_ts = $7, updated_at = now()"
            + " where zoom_user.event_ts <= $7"
            + " returning zoom_user_id, org_id, email, aliases, status, record),"
            + " published as (" + PUBLISH.formatted("$8", "$9", "$10", PAYLOAD.formatted("$11"), "w") + ")"
            + " select zoom_user_id, email, aliases, status, record::text as record from w";

    /**
     * Merges the fields Zoom sent at {@code eventTs} (a webhook carries only what changed) into the stored user, or
     * stores it, and appends its merged record (the caller holds its key of the topic); an email change keeps the
     * old address as an alias. Null when a newer state is stored.
     */
    public Uni<ZoomUserRow> merge(
            SqlClient sql, KnownConnection connection, ZoomUserChange change, Published published) {
        return sql.preparedQuery(MERGE)
                .execute(Tuple.from(new Object[] {
                    connection.id(),
                    change.zoomUserId(),
                    connection.orgId(),
                    change.email(),
                    change.status(),
                    change.fields(),
                    change.eventTs(),
                    published.topic(),
                    published.type(),
                    published.source(),
                    connection.zoomAccountId()
                }))
                .map(rows -> rows.size() == 0 ? null : read(rows.iterator().next()));
    }

    /** Replaces the email keys of users. */
    public Uni<Void> replaceKeys(SqlClient sql, UUID connectionId, Map<String, List<String>> keysByUser) {
        if (keysByUser.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        String[] users = keysByUser.keySet().toArray(String[]::new);
        return sql.preparedQuery("delete from zoom_user_key k using unnest($2::text[]) as u (id)"
                        + " where k.connection_id = $1 and k.zoom_user_id = u.id")
                .execute(Tuple.of(connectionId).addArrayOfString(users))
                .flatMap(ignored -> addKeys(sql, connectionId, keysByUser));
    }

    /** Adds email keys of users (new ones, who have none yet). */
    public Uni<Void> addKeys(SqlClient sql, UUID connectionId, Map<String, List<String>> keysByUser) {
        List<String[]> pairs = keysByUser.entrySet().stream()
                .flatMap(entry -> entry.getValue().stream().map(key -> new String[] {entry.getKey(), key}))
                .toList();
        if (pairs.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return sql.preparedQuery("insert into zoom_user_key (connection_id, zoom_user_id, email_key)"
                        + " select $1, k.zoom_user_id, k.email_key from unnest($2::text[], $3::text[])"
                        + " as k (zoom_user_id, email_key) on conflict do nothing")
                .execute(Tuple.of(connectionId)
                        .addArrayOfString(pairs.stream().map(p -> p[0]).toArray(String[]::new))
                        .addArrayOfString(pairs.stream().map(p -> p[1]).toArray(String[]::new)))
                .replaceWithVoid();
    }

    // Mapping rows have no foreign key to their user (V4): every statement that removes users removes their rows.
    private static final String UNMAP = " unmapped as (delete from mapping m using gone g where m.connection_id = $1"
            + " and m.zoom_user_id = g.zoom_user_id)";

    /**
     * Removes the users an import did not see, except those that a Zoom event touched after the import started
     * ({@code event_ts} at or after {@code importStartTs}); what was removed.
     */
    public Uni<List<Removed>> removeUnseen(SqlClient sql, UUID connectionId, UUID importRunId, long importStartTs) {
        return sql.preparedQuery("with gone as (select z.zoom_user_id, m.profile_id from zoom_user z"
                        + " left join mapping m on m.connection_id = z.connection_id and m.zoom_user_id = z.zoom_user_id"
                        + " where z.connection_id = $1 and z.import_run_id is distinct from $2 and z.event_ts < $3),"
                        + UNMAP
                        + " delete from zoom_user z using gone g where z.connection_id = $1"
                        + " and z.zoom_user_id = g.zoom_user_id returning g.zoom_user_id, g.profile_id")
                .execute(Tuple.of(connectionId, importRunId, importStartTs))
                .map(rows -> DirectoryRows.all(
                        rows, row -> new Removed(row.getString("zoom_user_id"), row.getString("profile_id"))));
    }

    /** Removes one user (Zoom deleted or disassociated it) unless a newer event is stored; whether it was removed. */
    public Uni<Removed> remove(SqlClient sql, UUID connectionId, String zoomUserId, long eventTs) {
        return sql.preparedQuery("with gone as (select z.zoom_user_id, m.profile_id from zoom_user z"
                        + " left join mapping m on m.connection_id = z.connection_id and m.zoom_user_id = z.zoom_user_id"
                        + " where z.connection_id = $1 and z.zoom_user_id = $2 and z.event_ts <= $3),"
                        + UNMAP
                        + " delete from zoom_user z using gone g where z.connection_id = $1"
                        + " and z.zoom_user_id = g.zoom_user_id returning g.zoom_user_id, g.profile_id")
                .execute(Tuple.of(connectionId, zoomUserId, eventTs))
                .map(rows -> rows.size() == 0
                        ? null
                        : new Removed(zoomUserId, rows.iterator().next().getString("profile_id")));
    }

    /** The stored user, or null. */
    public Uni<ZoomUserRow> find(SqlClient sql, UUID connectionId, String zoomUserId) {
        return sql.preparedQuery("select zoom_user_id, email, aliases, status, record::text as record from zoom_user"
                        + " where connection_id = $1 and zoom_user_id = $2")
                .execute(Tuple.of(connectionId, zoomUserId))
                .map(rows -> rows.size() == 0 ? null : read(rows.iterator().next()));
    }

    /** A user's email keys. */
    public Uni<List<String>> keysOf(SqlClient sql, UUID connectionId, String zoomUserId) {
        return sql.preparedQuery("select email_key from zoom_user_key where connection_id = $1 and zoom_user_id = $2")
                .execute(Tuple.of(connectionId, zoomUserId))
                .map(rows -> DirectoryRows.all(rows, row -> row.getString(0)));
    }

    /** The stored event time of a user, or -1 when it is not stored. */
    public Uni<Long> eventTs(SqlClient sql, UUID connectionId, String zoomUserId) {
        return sql.preparedQuery("select event_ts from zoom_user where connection_id = $1 and zoom_user_id = $2")
                .execute(Tuple.of(connectionId, zoomUserId))
                .map(rows -> rows.size() == 0 ? -1L : rows.iterator().next().getLong(0));
    }

    /** Deletes every user of the connection with their keys and mappings; the ids that were deleted. */
    public Uni<List<String>> purge(SqlClient sql, UUID connectionId) {
        return sql.preparedQuery("with unmapped as (delete from mapping where connection_id = $1)"
                        + " delete from zoom_user where connection_id = $1 returning zoom_user_id")
                .execute(Tuple.of(connectionId))
                .map(rows -> DirectoryRows.all(rows, row -> row.getString(0)));
    }

    /** Every user of the connection with its addresses (to key them again under new rules). */
    public Uni<List<ZoomUserRow>> all(SqlClient sql, UUID connectionId) {
        return sql.preparedQuery("select zoom_user_id, email, aliases, status, '{}' as record from zoom_user"
                        + " where connection_id = $1")
                .execute(Tuple.of(connectionId))
                .map(rows -> DirectoryRows.all(rows, ZoomUserRepository::read));
    }

    /** The ids of every user of the connection (for a purge). */
    public Uni<List<String>> ids(SqlClient sql, UUID connectionId) {
        return sql.preparedQuery("select zoom_user_id from zoom_user where connection_id = $1")
                .execute(Tuple.of(connectionId))
                .map(rows -> DirectoryRows.all(rows, row -> row.getString(0)));
    }

    private static ZoomUserRow read(Row row) {
        return new ZoomUserRow(
                row.getString("zoom_user_id"),
                row.getString("email"),
                DirectoryRows.strings(row, "aliases"),
                row.getString("status"),
                row.getString("record"));
    }
}
