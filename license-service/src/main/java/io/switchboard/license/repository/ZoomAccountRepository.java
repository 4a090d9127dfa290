package io.switchboard.license.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import io.switchboard.license.mapping.ZoomAccountQuery;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Zoom users of a connection, read with keyset paging on (email, zoomUserId). */
@ApplicationScoped
public class ZoomAccountRepository implements PanacheRepositoryBase<ZoomAccountEntity, ZoomAccountEntity.Key> {

    /** Up to {@code query.limit() + 1} users of the connection, within the organisation, matching the query. */
    public Uni<List<ZoomAccountEntity>> page(String orgId, UUID connectionId, ZoomAccountQuery query) {
        StringBuilder where = new StringBuilder("orgId = :org and key.connectionId = :connection");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("org", orgId);
        parameters.put("connection", connectionId);
        if (query.status() != null) {
            where.append(" and status = :status");
            parameters.put("status", query.status());
        }
        if (query.type() != null) {
            where.append(" and licenseType = :type");
            parameters.put("type", query.type());
        }
        if (query.q() != null) {
            where.append(" and (lower(email) like :q or lower(concat(coalesce(firstName, ''), ' ',"
                    + " coalesce(lastName, ''))) like :q)");
            parameters.put("q", "%" + query.q().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (query.afterEmail() != null) {
            where.append(" and (email > :afterEmail or (email = :afterEmail and key.zoomUserId > :afterId))");
            parameters.put("afterEmail", query.afterEmail());
            parameters.put("afterId", query.afterId());
        }
        return find(where + " order by email, key.zoomUserId", parameters)
                .page(0, query.limit() + 1)
                .list();
    }
}
