package io.switchboard.usermapping.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** The organisation's people; every query is scoped to one organisation. */
@ApplicationScoped
public class ProfileRepository {

    /** A stored profile. */
    public record ProfileRow(
            String orgId,
            String profileId,
            String email,
            String displayName,
            List<String> alternateEmails,
            Instant updatedAt) {}

    private static final String COLUMNS = "org_id, profile_id, email, display_name, alternate_emails, updated_at";

    /** Creates or replaces a profile; true when it was created. */
    public Uni<Boolean> upsert(SqlClient sql, ProfileRow profile) {
        return sql.preparedQuery("insert into profile (" + COLUMNS + ") values ($1, $2, $3, $4, $5, now())"
                        + " on conflict (org_id, profile_id) do update set email = excluded.email,"
                        + " display_name = excluded.display_name, alternate_emails = excluded.alternate_emails,"
                        + " updated_at = now() returning (xmax = 0) as created")
                .execute(Tuple.of(profile.orgId(), profile.profileId(), profile.email(), profile.displayName())
                        .addArrayOfString(profile.alternateEmails().toArray(String[]::new)))
                .map(rows -> rows.iterator().next().getBoolean("created"));
    }

    /** The profile, or null. */
    public Uni<ProfileRow> find(SqlClient sql, String orgId, String profileId) {
        return sql.preparedQuery("select " + COLUMNS + " from profile where org_id = $1 and profile_id = $2")
                .execute(Tuple.of(orgId, profileId))
                .map(rows -> rows.size() == 0 ? null : read(rows.iterator().next()));
    }

    /** Every profile of the organisation (to key them again under new rules). */
    public Uni<List<ProfileRow>> all(SqlClient sql, String orgId) {
        return sql.preparedQuery("select " + COLUMNS + " from profile where org_id = $1")
                .execute(Tuple.of(orgId))
                .map(rows -> DirectoryRows.all(rows, ProfileRepository::read));
    }

    /** Deletes the profile (its keys go with it); whether it existed. */
    public Uni<Boolean> delete(SqlClient sql, String orgId, String profileId) {
        return sql.preparedQuery("delete from profile where org_id = $1 and profile_id = $2")
                .execute(Tuple.of(orgId, profileId))
                .map(rows -> rows.rowCount() > 0);
    }

    /**
     * A page of the organisation's profiles ordered by id, after {@code afterId} (null for the first), whose id,
     * email or name contains {@code query} (null for all).
     */
    public Uni<List<ProfileRow>> page(SqlClient sql, String orgId, String query, String afterId, int limit) {
        return sql.preparedQuery("select " + COLUMNS + " from profile where org_id = $1"
                        + " and ($2::text is null or profile_id > $2)"
                        + " and ($3::text is null or profile_id ilike $3 or email ilike $3 or display_name ilike $3)"
                        + " order by profile_id limit $4")
                .execute(Tuple.of(orgId, afterId, query == null ? null : DirectoryRows.contains(query), limit))
                .map(rows -> DirectoryRows.all(rows, ProfileRepository::read));
    }

    private static ProfileRow read(Row row) {
        return new ProfileRow(
                row.getString("org_id"),
                row.getString("profile_id"),
                row.getString("email"),
                row.getString("display_name"),
                DirectoryRows.strings(row, "alternate_emails"),
                row.getOffsetDateTime("updated_at").toInstant());
    }
}
