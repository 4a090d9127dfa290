package io.switchboard.connection.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
        return NativeQueries.list(
                UUID.class,
                "select s.connection_id from connection_secret s join connection c on c.id = s.connection_id"
                        + " where c.status = :active and s.access_token_expires_at < :horizon"
                        + " and (s.refresh_retry_at is null or s.refresh_retry_at <= :now)",
                Map.of("active", ConnectionStatus.ACTIVE.wire(), "horizon", horizon, "now", now));
    }

    /** Up to {@code limit} rows encrypted under a key other than {@code activeKeyId}, locked for re-encryption. */
    public Uni<List<ConnectionSecretEntity>> lockUnderOtherKey(String activeKeyId, int limit) {
        return NativeQueries.list(
                ConnectionSecretEntity.class,
                "select * from connection_secret where key_id <> :key limit :limit for update",
                Map.of("key", activeKeyId, "limit", limit));
    }
}
