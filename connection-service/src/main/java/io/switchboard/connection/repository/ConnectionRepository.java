package io.switchboard.connection.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reads and writes connections. Every query is scoped to one organisation, except two that start from Zoom's side,
 * where no organisation is known yet: {@link #liveOfAccount} (an uninstall names only the account) and
 * {@code findById} (an access token for another service names only the connection; the caller is a service).
 * Queries are SQL ({@link NativeQueries}).
 */
@ApplicationScoped
public class ConnectionRepository implements PanacheRepositoryBase<ConnectionEntity, UUID> {

    /** The organisation's connections, oldest first. */
    public Uni<List<ConnectionEntity>> listByOrg(String orgId) {
        return NativeQueries.list(
                ConnectionEntity.class,
                "select * from connection where org_id = :org order by created_at, id",
                Map.of("org", orgId));
    }

    /** The connection {@code id} if it belongs to {@code orgId}. */
    public Uni<ConnectionEntity> findInOrg(String orgId, UUID id) {
        return NativeQueries.first(
                ConnectionEntity.class,
                "select * from connection where org_id = :org and id = :id",
                Map.of("org", orgId, "id", id));
    }

    /** The organisation's live (not removed) connection to {@code zoomAccountId}, other than {@code except}. */
    public Uni<ConnectionEntity> findLive(String orgId, String zoomAccountId, UUID except) {
        return NativeQueries.first(
                ConnectionEntity.class,
                "select * from connection where org_id = :org and zoom_account_id = :account and status <> :removed"
                        + " and id <> :except limit 1",
                Map.of(
                        "org",
                        orgId,
                        "account",
                        zoomAccountId,
                        "removed",
                        ConnectionStatus.REMOVED.wire(),
                        "except",
                        except));
    }

    /** Every live connection to a Zoom account, across organisations (Zoom's uninstall names only the account). */
    public Uni<List<ConnectionEntity>> liveOfAccount(String zoomAccountId) {
        return NativeQueries.list(
                ConnectionEntity.class,
                "select * from connection where zoom_account_id = :account and status <> :removed",
                Map.of("account", zoomAccountId, "removed", ConnectionStatus.REMOVED.wire()));
    }

    /** Deletes a connection that is still pending (it never emitted an event); false when it is not pending. */
    public Uni<Boolean> deleteIfPending(UUID id) {
        return NativeQueries.update(
                        "delete from connection where id = :id and status = :pending",
                        Map.of("id", id, "pending", ConnectionStatus.PENDING.wire()))
                .map(count -> count > 0);
    }
}
