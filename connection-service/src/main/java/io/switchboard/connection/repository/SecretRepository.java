package io.switchboard.connection.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.LockMode;

/** Encrypted credentials by connection id. */
@ApplicationScoped
public class SecretRepository implements PanacheRepositoryBase<ConnectionSecretEntity, UUID> {

    /**
     * The row, locked for this transaction ({@code SELECT ... FOR UPDATE}), waiting for another holder. Removals take
     * it before they change the connection, as refreshes do: one lock order.
     */
    public Uni<ConnectionSecretEntity> lock(UUID connectionId) {
        return findById(connectionId, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * The row, locked for this transaction without waiting ({@code FOR UPDATE NOWAIT}): fails at once with SQLSTATE
     * 55P03 when another transaction (a refresh on any replica, or a removal) holds it, so that no caller keeps a
     * pool connection while it waits.
     */
    public Uni<ConnectionSecretEntity> lockNow(UUID connectionId) {
        return Panache.getSession()
                .flatMap(session -> session.find(ConnectionSecretEntity.class, connectionId, LockMode.UPGRADE_NOWAIT));
    }

    /** Active connections whose access token expires before {@code horizon} and that are not backing off. */
    public Uni<List<UUID>> dueForRefresh(Instant horizon, Instant now) {
        return find(
                        "select s.connectionId from ConnectionSecretEntity s, ConnectionEntity c"
                                + " where c.id = s.connectionId and c.status = ?1 and s.accessTokenExpiresAt < ?2"
                                + " and (s.refreshRetryAt is null or s.refreshRetryAt <= ?3)",
                        ConnectionStatus.ACTIVE,
                        horizon,
                        now)
                .project(UUID.class)
                .list();
    }

    /** Up to {@code limit} rows encrypted under a key other than {@code activeKeyId}, locked for re-encryption. */
    public Uni<List<ConnectionSecretEntity>> lockUnderOtherKey(String activeKeyId, int limit) {
        return find("keyId <> ?1", activeKeyId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .page(0, limit)
                .list();
    }
}
