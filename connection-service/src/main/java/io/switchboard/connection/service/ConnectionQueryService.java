package io.switchboard.connection.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.switchboard.connection.mapping.ConnectionMapper;
import io.switchboard.connection.mapping.ConnectionView;
import io.switchboard.connection.repository.ConnectionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Read side of connections, always within one organisation. */
@ApplicationScoped
public class ConnectionQueryService {

    private final ConnectionRepository connections;

    public ConnectionQueryService(ConnectionRepository connections) {
        this.connections = connections;
    }

    @WithSession
    public Uni<List<ConnectionView>> list(String orgId) {
        return connections
                .listByOrg(orgId)
                .map(list -> list.stream().map(ConnectionMapper::toView).toList());
    }

    @WithSession
    public Uni<ConnectionView> get(String orgId, UUID id) {
        return connections
                .findInOrg(orgId, id)
                .onItem()
                .ifNull()
                .failWith(() -> ConnectionProblems.notFound(id))
                .map(ConnectionMapper::toView);
    }
}
