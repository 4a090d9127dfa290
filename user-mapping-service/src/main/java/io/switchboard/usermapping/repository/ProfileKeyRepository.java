package io.switchboard.usermapping.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The email keys of profiles, the organisation's matching rules and the per-person Zoom switch. */
@ApplicationScoped
public class ProfileKeyRepository {

    /** The organisation's rules: plus-addressing and domain aliases (JSON object text). */
    public record RuleRow(boolean plusAddressing, String domainAliases) {}

    /** Replaces a profile's keys. */
    public Uni<Void> replace(SqlClient sql, String orgId, String profileId, Set<String> keys) {
        return sql.preparedQuery("delete from profile_key where org_id = $1 and profile_id = $2")
                .execute(Tuple.of(orgId, profileId))
                .flatMap(ignored -> sql.preparedQuery("insert into profile_key (org_id, profile_id, email_key)"
                                + " select $1, $2, k from unnest($3::text[]) as k on conflict do nothing")
                        .execute(Tuple.of(orgId, profileId).addArrayOfString(keys.toArray(String[]::new))))
                .replaceWithVoid();
    }

    /** The organisation's profiles by email key, for {@code keys}. */
    public Uni<Map<String, Set<String>>> profilesByKey(SqlClient sql, String orgId, Set<String> keys) {
        return sql.preparedQuery("select pk.email_key, pk.profile_id from profile_key pk"
                        + " join unnest($2::text[]) as k (email_key) on pk.org_id = $1 and pk.email_key = k.email_key")
                .execute(Tuple.of(orgId).addArrayOfString(keys.toArray(String[]::new)))
                .map(rows -> {
                    Map<String, Set<String>> byKey = new HashMap<>();
                    for (Row row : rows) {
                        byKey.computeIfAbsent(row.getString(0), key -> new HashSet<>())
                                .add(row.getString(1));
                    }
                    return byKey;
                });
    }

    /** A profile's email keys. */
    public Uni<List<String>> keysOf(SqlClient sql, String orgId, String profileId) {
        return sql.preparedQuery("select email_key from profile_key where org_id = $1 and profile_id = $2")
                .execute(Tuple.of(orgId, profileId))
                .map(rows -> DirectoryRows.all(rows, row -> row.getString(0)));
    }

    /** The profiles whose Zoom switch is off. */
    public Uni<Set<String>> disabled(SqlClient sql, String orgId) {
        return sql.preparedQuery("select profile_id from person_setting where org_id = $1 and not zoom_enabled")
                .execute(Tuple.of(orgId))
                .map(rows -> new HashSet<>(DirectoryRows.all(rows, row -> row.getString(0))));
    }

    /** Sets a person's Zoom switch. */
    public Uni<Void> setEnabled(SqlClient sql, String orgId, String profileId, boolean enabled, String by) {
        return sql.preparedQuery("insert into person_setting (org_id, profile_id, zoom_enabled, changed_by, changed_at)"
                        + " values ($1, $2, $3, $4, now()) on conflict (org_id, profile_id) do update set"
                        + " zoom_enabled = excluded.zoom_enabled, changed_by = excluded.changed_by, changed_at = now()")
                .execute(Tuple.of(orgId, profileId, enabled, by))
                .replaceWithVoid();
    }

    /** Forgets a person's switch (the profile was deleted). */
    public Uni<Void> clearSetting(SqlClient sql, String orgId, String profileId) {
        return sql.preparedQuery("delete from person_setting where org_id = $1 and profile_id = $2")
                .execute(Tuple.of(orgId, profileId))
                .replaceWithVoid();
    }

    /** Stores the organisation's rules ({@code domainAliases} as a JSON object text). */
    public Uni<Void> saveRules(SqlClient sql, String orgId, boolean plusAddressing, String domainAliases) {
        return sql.preparedQuery("insert into match_rule (org_id, plus_addressing, domain_aliases, updated_at)"
                        + " values ($1, $2, $3::text::jsonb, now()) on conflict (org_id) do update set"
                        + " plus_addressing = excluded.plus_addressing, domain_aliases = excluded.domain_aliases,"
                        + " updated_at = now()")
                .execute(Tuple.of(orgId, plusAddressing, domainAliases))
                .replaceWithVoid();
    }

    /** The organisation's rules, or null when it has none. */
    public Uni<RuleRow> rules(SqlClient sql, String orgId) {
        return sql.preparedQuery("select plus_addressing, domain_aliases::text from match_rule where org_id = $1")
                .execute(Tuple.of(orgId))
                .map(rows -> rows.size() == 0
                        ? null
                        : new RuleRow(
                                rows.iterator().next().getBoolean(0),
                                rows.iterator().next().getString(1)));
    }

    /** The connections of the organisation that are not removed. */
    public Uni<List<java.util.UUID>> liveConnections(SqlClient sql, String orgId) {
        return sql.preparedQuery("select id from connection where org_id = $1 and status <> 'removed'")
                .execute(Tuple.of(orgId))
                .map(rows -> DirectoryRows.all(rows, row -> row.getUUID(0)));
    }
}
