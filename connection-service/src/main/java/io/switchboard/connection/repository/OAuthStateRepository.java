package io.switchboard.connection.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Map;
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
        return NativeQueries.first(
                OAuthStateEntity.class,
                "select * from oauth_state where org_id = :org and connection_id = :connection"
                        + " and answered_at is not null and used_at is null limit 1 for update",
                Map.of("org", orgId, "connection", connectionId));
    }
}
