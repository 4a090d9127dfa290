package io.switchboard.activity.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Each organisation's activity settings, and the erasure of what a setting no longer allows. */
@ApplicationScoped
public class OrgSettingRepository {

    /** Whether the organisation lets meeting topics be stored (true when it never said). */
    public Uni<Boolean> storesTopics(SqlClient sql, String orgId) {
        return sql.preparedQuery("select store_topics from org_setting where org_id = $1")
                .execute(Tuple.of(orgId))
                .map(rows -> rows.size() == 0 || rows.iterator().next().getBoolean(0));
    }

    public Uni<Void> save(SqlClient sql, String orgId, boolean storeTopics, String by) {
        return sql.preparedQuery("insert into org_setting (org_id, store_topics, changed_by, changed_at)"
                        + " values ($1, $2, $3, now()) on conflict (org_id) do update set"
                        + " store_topics = excluded.store_topics, changed_by = excluded.changed_by, changed_at = now()")
                .execute(Tuple.of(orgId, storeTopics, by))
                .replaceWithVoid();
    }

    /**
     * Which of these accounts may have topics stored: those that no organisation with a live connection to them has
     * switched topics off for (facts are kept per account, so the strictest organisation decides).
     */
    public Uni<Set<String>> topicsAllowed(SqlClient sql, List<String> zoomAccountIds) {
        return sql.preparedQuery(
                        "select a from unnest($1::text[]) as a where not exists (select 1 from connection_ref c"
                                + " join org_setting s on s.org_id = c.org_id where c.zoom_account_id = a and c.active"
                                + " and not s.store_topics)")
                .execute(Tuple.tuple().addArrayOfString(zoomAccountIds.toArray(String[]::new)))
                .map(rows -> {
                    Set<String> allowed = new HashSet<>();
                    rows.forEach(row -> allowed.add(row.getString(0)));
                    return allowed;
                });
    }

    /** Erases the topics recorded for the accounts of the organisation's connections. */
    public Uni<Void> eraseTopics(SqlClient sql, String orgId) {
        return sql.preparedQuery("update meeting_instance m set topic = null, topic_ts = -1 from connection_ref c"
                        + " where c.org_id = $1 and m.zoom_account_id = c.zoom_account_id and m.topic is not null")
                .execute(Tuple.of(orgId))
                .replaceWithVoid();
    }
}
