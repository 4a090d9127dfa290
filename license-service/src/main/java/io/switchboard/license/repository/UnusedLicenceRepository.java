package io.switchboard.license.repository;

import io.smallrye.mutiny.Uni;
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

    /**
     * Users holding a licence (Licensed, active or invited) since before {@code cutoff} who have not signed in and/or
     * hosted since then, as the basis asks.
     */
    public Uni<List<ZoomAccountRow>> unused(
            SqlClient sql, String orgId, UUID connectionId, UnusedQuery query, Instant cutoff) {
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
        return sql.preparedQuery(
                        ZoomAccountRepository.SELECT + where + " order by coalesce(a.email, ''), a.zoom_user_id")
                .execute(Tuple.of(orgId, connectionId, ZoomAccountRepository.at(cutoff)))
                .map(ZoomAccountRepository::all);
    }
}
