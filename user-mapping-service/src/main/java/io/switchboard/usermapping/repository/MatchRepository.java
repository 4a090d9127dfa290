package io.switchboard.usermapping.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * Matching as one statement: decides every Zoom user's mapping (or its reason, see {@code MatchReason}), writes the
 * rows that changed and appends a record or a tombstone on the mappings topic for each change subscribers see, all
 * without a round trip per user. The rules, in the order they apply:
 *
 * <ul>
 *   <li>a manual mapping always wins, and keeps its profile from automatic claims;
 *   <li>a pending user (invited, no id) and a user without an address are never matched;
 *   <li>a user whose keys match no profile, or two or more, is {@code no_profile} or {@code ambiguous_profiles};
 *   <li>a profile that two users claim, or that a manual mapping holds, maps to none of them
 *       ({@code profile_claimed_twice});
 *   <li>a mapped person switched off keeps the mapping, disabled ({@code disabled_by_admin}).
 * </ul>
 *
 * The caller holds the mappings topic of the outbox for the statement's append ({@code Outbox.lockTopic}). Every
 * writer of {@code mapping} holds it too, so no row appears or goes between the statement's read and its writes:
 * new rows are plainly inserted and the others updated, without an upsert's conflict check for every row (about a
 * seventh of the first matching of 100,000 users).
 */
@ApplicationScoped
public class MatchRepository {

    /** How many users one matching decided, how many it mapped with Zoom on, and how many are ambiguous. */
    public record Decided(long users, long matched, long ambiguous) {}

    /** What a mapping change is published as: topic, record type, tombstone type and CloudEvent source. */
    public record Published(String topic, String mappedType, String removedType, String source) {}

    private static final String MATCH = """
            with users as (
                select z.zoom_user_id, z.status, mm.profile_id as manual from zoom_user z %s
                left join manual_mapping mm on mm.connection_id = z.connection_id and mm.zoom_user_id = z.zoom_user_id
                where z.connection_id = $1),
            keyed as (
                select u.zoom_user_id, count(distinct pk.profile_id) as profiles, min(pk.profile_id) as profile
                from users u
                join zoom_user_key k on k.connection_id = $1 and k.zoom_user_id = u.zoom_user_id
                left join profile_key pk on pk.org_id = $2 and pk.email_key = k.email_key
                where u.manual is null and u.status <> 'pending'
                group by u.zoom_user_id),
            sole as (select profile from keyed where profiles = 1 group by profile having count(*) = 1),
            held as (select distinct manual as profile from users where manual is not null),
            outcome as (
                select u.zoom_user_id,
                    case when u.manual is not null then u.manual
                         when k.profiles = 1 and s.profile is not null and h.profile is null then k.profile
                    end as profile_id,
                    case when u.manual is not null then 'manual' else 'auto' end as source,
                    case when u.status = 'pending' then 'pending'
                         when k.zoom_user_id is null then 'no_email'
                         when k.profiles = 0 then 'no_profile'
                         when k.profiles > 1 then 'ambiguous_profiles'
                         else 'profile_claimed_twice'
                    end as unmatched
                from users u
                left join keyed k on k.zoom_user_id = u.zoom_user_id
                left join sole s on s.profile = k.profile
                left join held h on h.profile = k.profile
                %s),
            decided as (
                select o.zoom_user_id, o.profile_id,
                    case when o.profile_id is not null then o.source end as source,
                    case when o.profile_id is null then o.unmatched
                         when not ps.zoom_enabled then 'disabled_by_admin'
                    end as reason,
                    o.profile_id is null or coalesce(ps.zoom_enabled, true) as enabled
                from outcome o
                left join person_setting ps on ps.org_id = $2 and ps.profile_id = o.profile_id),
            changed as (
                select d.*, m.zoom_user_id is null as fresh, m.profile_id as was_profile, m.source as was_source,
                    m.enabled as was_enabled
                from decided d
                left join mapping m on m.connection_id = $1 and m.zoom_user_id = d.zoom_user_id
                where m.zoom_user_id is null or (m.profile_id, m.source, m.reason, m.enabled)
                    is distinct from (d.profile_id, d.source, d.reason, d.enabled)),
            inserted as (
                insert into mapping
                    (connection_id, zoom_user_id, org_id, profile_id, source, reason, enabled, changed_by, changed_at)
                select $1, zoom_user_id, $2, profile_id, source, reason, enabled, $3, now() from changed where fresh),
            updated as (
                update mapping m set profile_id = c.profile_id, source = c.source, reason = c.reason,
                    enabled = c.enabled, changed_by = $3, changed_at = now()
                from changed c where m.connection_id = $1 and m.zoom_user_id = c.zoom_user_id and not c.fresh),
            visible as (
                select $1::text || ':' || zoom_user_id as record_key, * from changed
                where case when profile_id is null then was_profile is not null
                           else was_profile is null or was_profile <> profile_id or was_enabled <> enabled
                               or was_source is distinct from source
                      end),
            published as (
                insert into outbox_event (id, topic, record_key, type, source, subject, payload)
                select gen_random_uuid(), $4::text, record_key,
                    case when profile_id is null then $6::text else $5::text end, $7::text, record_key,
                    case when profile_id is not null then '{"orgId":' || to_json($2::text)
                        || ',"connectionId":"' || $1::text || '","profileId":' || to_json(profile_id)
                        || ',"zoomUserId":' || to_json(zoom_user_id) || ',"enabled":' || enabled
                        || ',"source":' || to_json(source) || '}'
                    end
                from visible order by record_key)
            select count(*) as users, count(*) filter (where profile_id is not null and enabled) as matched,
                count(*) filter (where reason = 'ambiguous_profiles') as ambiguous
            from decided
            """;

    // A join with unnest, not "= any($8)": the generic plan of a prepared statement would scan the connection's rows.
    private static final String SCOPED =
            MATCH.formatted("join unnest($8::text[]) as scope (id) on scope.id = z.zoom_user_id", "");

    // Every user is read (claims are counted over all of them); only the part's users are decided and written.
    private static final String WHOLE = MATCH.formatted("", "where abs(hashtext(u.zoom_user_id) % $9) = $8");

    // Hash joins, and sorts of a whole directory's keys and records in memory rather than on disk.
    private static final String WHOLE_SETTINGS = "set local enable_nestloop = off; set local work_mem = '64MB'";

    /**
     * Part {@code part} (from 0) of {@code parts} of a connection's Zoom users, by a hash of their ids: the parts of
     * one matching decide and write disjoint sets of users, together every user once.
     */
    public record Part(int part, int parts) {

        /** The whole connection as one part. */
        public static final Part WHOLE = new Part(0, 1);

        public Part {
            if (parts < 1 || part < 0 || part >= parts) {
                throw new IllegalArgumentException("No part " + part + " of " + parts);
            }
        }
    }

    /**
     * Matches {@code part} of the connection's Zoom users, counting claims over all of them, so that the parts of
     * one matching, each in a transaction of its own, give the result of matching the whole connection at once. Hash
     * joins throughout: right after an import the statistics may still describe an empty directory, and a plan of
     * index probes per user then takes seconds for a large one. The sorts get room for a large directory in memory
     * (64 MB each, for this statement only).
     */
    public Uni<Decided> matchAll(
            SqlConnection sql, UUID connectionId, String orgId, String changedBy, Published published, Part part) {
        return sql.query(WHOLE_SETTINGS)
                .execute()
                .flatMap(ignored -> sql.preparedQuery(WHOLE)
                        .execute(parameters(connectionId, orgId, changedBy, published)
                                .addInteger(part.part())
                                .addInteger(part.parts())))
                .call(ignored ->
                        sql.query("reset enable_nestloop; reset work_mem").execute())
                .map(MatchRepository::decided);
    }

    /** Matches the listed Zoom users of the connection (a scope closed under shared claims, see MatchScopeRepository). */
    public Uni<Decided> match(
            SqlConnection sql,
            UUID connectionId,
            String orgId,
            String changedBy,
            Published published,
            List<String> zoomUserIds) {
        return sql.preparedQuery(SCOPED)
                .execute(parameters(connectionId, orgId, changedBy, published)
                        .addArrayOfString(zoomUserIds.toArray(String[]::new)))
                .map(MatchRepository::decided);
    }

    private static Tuple parameters(UUID connectionId, String orgId, String changedBy, Published published) {
        return Tuple.of(connectionId, orgId, changedBy, published.topic())
                .addString(published.mappedType())
                .addString(published.removedType())
                .addString(published.source());
    }

    private static Decided decided(io.vertx.mutiny.sqlclient.RowSet<Row> rows) {
        Row row = rows.iterator().next();
        return new Decided(row.getLong("users"), row.getLong("matched"), row.getLong("ambiguous"));
    }
}
