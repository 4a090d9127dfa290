package io.switchboard.usermapping.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The Zoom users of a connection whose mapping a change may alter, so that matching again reads and writes only them.
 *
 * <p>A change touches some email keys (the old and new addresses of a profile or a Zoom user), Zoom users and
 * profiles. The users it can affect: those with a touched key, the touched users, and the users mapped to a touched
 * profile; then every user that could claim a profile any of them could claim, or that is mapped to one, since a
 * claim by one more user (or one fewer) decides whether a profile is claimed twice. Matching these users again gives
 * exactly the result of matching the whole connection again.
 */
@ApplicationScoped
public class MatchScopeRepository {

    private static final String AFFECTED = "with k0 as (select distinct k from unnest($3::text[]) as k),"
            + " s as (select distinct p from unnest($5::text[]) as p),"
            + " u0 as (select k.zoom_user_id from zoom_user_key k join k0 on k.connection_id = $1 and k.email_key = k0.k"
            + " union select u from unnest($4::text[]) as u"
            + " union select m.zoom_user_id from mapping m join s on m.org_id = $2 and m.profile_id = s.p"
            + " and m.connection_id = $1),"
            + " p as (select pk.profile_id from profile_key pk join k0 on pk.org_id = $2 and pk.email_key = k0.k"
            + " union select pk.profile_id from u0 join zoom_user_key k on k.connection_id = $1"
            + " and k.zoom_user_id = u0.zoom_user_id join profile_key pk on pk.org_id = $2 and pk.email_key = k.email_key"
            + " union select mm.profile_id from manual_mapping mm join u0 on mm.connection_id = $1"
            + " and mm.zoom_user_id = u0.zoom_user_id"
            + " union select m.profile_id from mapping m join u0 on m.connection_id = $1"
            + " and m.zoom_user_id = u0.zoom_user_id where m.profile_id is not null"
            + " union select p from s),"
            + " u1 as (select k.zoom_user_id from p join profile_key pk on pk.org_id = $2 and pk.profile_id = p.profile_id"
            + " join zoom_user_key k on k.connection_id = $1 and k.email_key = pk.email_key"
            + " union select mm.zoom_user_id from p join manual_mapping mm on mm.org_id = $2"
            + " and mm.profile_id = p.profile_id and mm.connection_id = $1"
            + " union select m.zoom_user_id from p join mapping m on m.org_id = $2 and m.profile_id = p.profile_id"
            + " and m.connection_id = $1"
            + " union select zoom_user_id from u0)"
            + " select z.zoom_user_id from u1 join zoom_user z on z.connection_id = $1 and z.zoom_user_id = u1.zoom_user_id";

    /** The users of the connection whose mapping a change of these keys, users and profiles may alter. */
    public Uni<List<String>> affected(
            SqlClient sql,
            UUID connectionId,
            String orgId,
            Collection<String> emailKeys,
            Collection<String> zoomUserIds,
            Collection<String> profileIds) {
        return sql.preparedQuery(AFFECTED)
                .execute(Tuple.of(connectionId, orgId)
                        .addArrayOfString(emailKeys.toArray(String[]::new))
                        .addArrayOfString(zoomUserIds.toArray(String[]::new))
                        .addArrayOfString(profileIds.toArray(String[]::new)))
                .map(rows -> DirectoryRows.all(rows, row -> row.getString(0)));
    }
}
