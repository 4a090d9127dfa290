package io.switchboard.license.service;

import io.smallrye.mutiny.Uni;
import io.switchboard.license.repository.ActionAuditPurgeRepository;
import io.switchboard.license.repository.ConnectionRefRepository;
import io.switchboard.license.repository.PlanUsageRepository;
import io.switchboard.license.repository.ZoomAccountRepository;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Forgets every licence fact of a removed connection in the caller's transaction: its Zoom users (with their roles,
 * mappings and hosting), its plan usage and history, its action audit and the connection itself.
 */
@ApplicationScoped
public class LicenceDataPurge {

    private final ConnectionRefRepository connections;
    private final ZoomAccountRepository accounts;
    private final PlanUsageRepository plans;
    private final ActionAuditPurgeRepository audit;

    public LicenceDataPurge(
            ConnectionRefRepository connections,
            ZoomAccountRepository accounts,
            PlanUsageRepository plans,
            ActionAuditPurgeRepository audit) {
        this.connections = connections;
        this.accounts = accounts;
        this.plans = plans;
        this.audit = audit;
    }

    public Uni<Void> purge(SqlConnection sql, UUID connectionId) {
        // Locked first, so that a plan sync storing meanwhile waits and then finds the connection gone.
        return connections
                .lock(sql, connectionId)
                .call(() -> accounts.purge(sql, connectionId))
                .call(() -> plans.purge(sql, connectionId))
                .call(() -> audit.purge(sql, connectionId))
                .call(() -> connections.delete(sql, connectionId))
                .replaceWithVoid();
    }
}
