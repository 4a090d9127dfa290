package io.switchboard.connection.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.switchboard.connection.messaging.ConnectionEvents;
import io.switchboard.connection.repository.ConnectionEntity;
import io.switchboard.connection.repository.ConnectionRepository;
import io.switchboard.connection.repository.ConnectionStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;

/** Changes to a connection's life: manual re-sync now; removal and re-authorisation with the OAuth flow. */
@ApplicationScoped
public class ConnectionLifecycleService {

    private final ConnectionRepository connections;
    private final ConnectionEvents events;

    public ConnectionLifecycleService(ConnectionRepository connections, ConnectionEvents events) {
        this.connections = connections;
        this.events = events;
    }

    /** Emits {@code connection.sync_requested} for an active connection; the id of the event. */
    @WithTransaction
    public Uni<UUID> requestSync(String orgId, UUID connectionId, String requestedBy) {
        return connections
                .findInOrg(orgId, connectionId)
                .onItem()
                .ifNull()
                .failWith(() -> ConnectionProblems.notFound(connectionId))
                .flatMap(connection -> {
                    requireActive(connection);
                    return events.append(
                            ConnectionEvents.SYNC_REQUESTED, connection, Map.of("requestedBy", requestedBy));
                });
    }

    private static void requireActive(ConnectionEntity connection) {
        if (connection.status != ConnectionStatus.ACTIVE) {
            throw ConnectionProblems.notActive(connection.id, connection.status.wire());
        }
    }
}
