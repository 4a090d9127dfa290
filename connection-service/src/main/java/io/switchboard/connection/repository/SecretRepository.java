package io.switchboard.connection.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.UUID;

/** Encrypted credentials by connection id. */
@ApplicationScoped
public class SecretRepository implements PanacheRepositoryBase<ConnectionSecretEntity, UUID> {

    /**
     * The row, locked for this transaction ({@code SELECT ... FOR UPDATE}): every replica that wants to refresh the
     * same connection waits here, then sees what the first one wrote.
     */
    public Uni<ConnectionSecretEntity> lock(UUID connectionId) {
        return findById(connectionId, LockModeType.PESSIMISTIC_WRITE);
    }
}
