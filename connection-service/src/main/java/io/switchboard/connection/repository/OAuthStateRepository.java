package io.switchboard.connection.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.UUID;

/** OAuth states by the SHA-256 of the state value. */
@ApplicationScoped
public class OAuthStateRepository implements PanacheRepositoryBase<OAuthStateEntity, String> {

    /** The state, locked so that two callbacks with the same state cannot both use it. */
    public Uni<OAuthStateEntity> lock(String stateHash) {
        return findById(stateHash, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The answered, unconfirmed state of connection {@code connectionId} in {@code orgId}, locked. */
    public Uni<OAuthStateEntity> lockAnswered(String orgId, UUID connectionId) {
        return find(
                        "orgId = ?1 and connectionId = ?2 and answeredAt is not null and usedAt is null",
                        orgId,
                        connectionId)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
    }
}
