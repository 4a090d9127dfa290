package io.switchboard.activity.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import io.switchboard.activity.mapping.ActivityQuery;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Timeline entries, newest first, read with keyset paging on (startedAt, id); hidden entries are never read. */
@ApplicationScoped
public class ActivityRepository implements PanacheRepositoryBase<ActivityEntity, UUID> {

    /** Up to {@code query.limit() + 1} entries of the organisation matching {@code query}. */
    public Uni<List<ActivityEntity>> page(String orgId, ActivityQuery query) {
        StringBuilder where = new StringBuilder("orgId = :org and type in :types and hidden = false");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("org", orgId);
        parameters.put("types", query.types());
        if (query.profileId() != null) {
            where.append(" and profileId = :profile");
            parameters.put("profile", query.profileId());
        }
        if (query.from() != null) {
            where.append(" and startedAt >= :from");
            parameters.put("from", query.from());
        }
        if (query.to() != null) {
            where.append(" and startedAt < :to");
            parameters.put("to", query.to());
        }
        if (query.afterStartedAt() != null) {
            where.append(" and (startedAt < :afterStarted or (startedAt = :afterStarted and id < :afterId))");
            parameters.put("afterStarted", query.afterStartedAt());
            parameters.put("afterId", query.afterId());
        }
        return find(where + " order by startedAt desc, id desc", parameters)
                .page(0, query.limit() + 1)
                .list();
    }
}
