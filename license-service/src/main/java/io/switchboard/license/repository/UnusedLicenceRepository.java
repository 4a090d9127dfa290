package io.switchboard.license.repository;

import io.smallrye.mutiny.Uni;
import io.switchboard.license.mapping.UnusedPaging;
import io.switchboard.license.mapping.UnusedQuery;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Licensed users of a connection without activity since a cut-off. */
@ApplicationScoped
public class UnusedLicenceRepository {

    /** Zoom's role ids of the account owner and admins (its built-in roles). */
    private static final String PRIVILEGED = " and coalesce(a.role_id, '') not in ('0', '1')"
            + " and coalesce(lower(r.name), '') not in ('owner', 'admin')";

    private static final String NO_LOGIN = " and (a.last_login_at is null or a.last_login_at < $3)";
    private static final String NO_HOSTING = " and (h.last_hosted_at is null or h.last_hosted_at < $3)";

    private static final String ORDER = " order by coalesce(a.email, ''), a.zoom_user_id";

    /**
     * One page of the users holding a licence (Licensed, active or invited) since before {@code cutoff} who have not
     * signed in and/or hosted since then, as the basis asks, by email then Zoom user id; one more row than the page
     * holds tells that another page follows.
     */
    public Uni<List<ZoomAccountRow>> page(
            SqlClient sql, String orgId, UUID connectionId, UnusedQuery query, Instant cutoff, UnusedPaging paging) {
        Tuple values = Tuple.of(orgId, connectionId, ZoomAccountRepository.at(cutoff), paging.limit() + 1);
        String after = "";
        if (paging.afterId() != null) {
            after = " and (coalesce(a.email, ''), a.zoom_user_id) > ($5, $6)";
            values.addString(paging.afterEmail()).addString(paging.afterId());
        }
        return sql.preparedQuery(ZoomAccountRepository.SELECT + where(query) + after + ORDER + " limit $4")
                .execute(values)
                .map(ZoomAccountRepository::all);
    }

    /** How many users the query finds, over every page. */
    public Uni<Integer> count(SqlClient sql, String orgId, UUID connectionId, UnusedQuery query, Instant cutoff) {
        return sql.preparedQuery("select count(*) from (" + ZoomAccountRepository.SELECT + where(query) + ") as unused")
                .execute(Tuple.of(orgId, connectionId, ZoomAccountRepository.at(cutoff)))
                .map(rows -> rows.iterator().next().getInteger(0));
    }

    /** The Zoom user ids of every user the query finds (a reclaim's targets), in the pages' order. */
    public Uni<List<String>> ids(SqlClient sql, String orgId, UUID connectionId, UnusedQuery query, Instant cutoff) {
        return sql.preparedQuery("select zoom_user_id from (" + ZoomAccountRepository.SELECT + where(query) + ORDER
                        + ") as unused")
                .execute(Tuple.of(orgId, connectionId, ZoomAccountRepository.at(cutoff)))
                .map(rows -> {
                    List<String> ids = new java.util.ArrayList<>();
                    rows.forEach(row -> ids.add(row.getString(0)));
                    return ids;
                });
    }

    private static String where(UnusedQuery query) {
        StringBuilder where = new StringBuilder(" where a.org_id = $1 and a.connection_id = $2 and a.license_type = "
                + ZoomAccountRepository.LICENSED + " and a.status in ('active', 'pending')"
                + " and coalesce(a.licensed_since, a.created_at, '-infinity') < $3");
        if (!query.includeAdmins()) {
            where.append(PRIVILEGED);
        }
        switch (query.basis()) {
            case LOGIN -> where.append(NO_LOGIN);
            case HOSTING -> where.append(NO_HOSTING);
            case BOTH -> where.append(NO_LOGIN).append(NO_HOSTING);
        }
        return where.toString();
    }
}
