package io.switchboard.connection.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Reads and writes connections; every query is scoped to one organisation. */
@ApplicationScoped
public class ConnectionRepository implements PanacheRepositoryBase<ConnectionEntity, UUID> {

    /** The organisation's connections, oldest first. */
    public Uni<List<ConnectionEntity>> listByOrg(String orgId) {
        return list("orgId = ?1 order by createdAt, id", orgId);
    }

    /** The connection {@code id} if it belongs to {@code orgId}. */
    public Uni<ConnectionEntity> findInOrg(String orgId, UUID id) {
        return find("orgId = ?1 and id = ?2", orgId, id).firstResult();
    }

    /** The organisation's live (not removed) connection to {@code zoomAccountId}, other than {@code except}. */
    public Uni<ConnectionEntity> findLive(String orgId, String zoomAccountId, UUID except) {
        return find(
                        "orgId = ?1 and zoomAccountId = ?2 and status <> 'removed' and id <> ?3",
                        orgId,
                        zoomAccountId,
                        except)
                .firstResult();
    }
}
