package io.switchboard.connection.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * Reads and writes connections. Every query is scoped to one organisation, except two that start from Zoom's side,
 * where no organisation is known yet: {@link #liveOfAccount} (an uninstall names only the account) and
 * {@code findById} (an access token for another service names only the connection; the caller is a service).
 */
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
                        "orgId = ?1 and zoomAccountId = ?2 and status <> ?3 and id <> ?4",
                        orgId,
                        zoomAccountId,
                        ConnectionStatus.REMOVED,
                        except)
                .firstResult();
    }

    /** Every live connection to a Zoom account, across organisations (Zoom's uninstall names only the account). */
    public Uni<List<ConnectionEntity>> liveOfAccount(String zoomAccountId) {
        return list("zoomAccountId = ?1 and status <> ?2", zoomAccountId, ConnectionStatus.REMOVED);
    }

    /** Deletes a connection that is still pending (it never emitted an event); false when it is not pending. */
    public Uni<Boolean> deleteIfPending(UUID id) {
        return delete("id = ?1 and status = ?2", id, ConnectionStatus.PENDING).map(count -> count > 0);
    }
}
