package io.switchboard.license.service;

import io.smallrye.mutiny.Uni;
import io.switchboard.license.mapping.ActionResult;
import io.switchboard.license.mapping.AuditEntry;
import io.switchboard.license.mapping.AuditQuery;
import io.switchboard.license.repository.ConnectionRefRepository;
import io.switchboard.license.repository.LicenseActionRepository;
import io.switchboard.rest.paging.Page;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The single user actions (create, deactivate, activate, change licence, remove) and their audit. */
@ApplicationScoped
public class LicenseActions {

    private final Pool database;
    private final ConnectionRefRepository connections;
    private final LicenseActionRepository audit;
    private final ActionRunner runner;

    public LicenseActions(
            Pool database, ConnectionRefRepository connections, LicenseActionRepository audit, ActionRunner runner) {
        this.database = database;
        this.connections = connections;
        this.audit = audit;
        this.runner = runner;
    }

    /**
     * Carries {@code command} out: its result (succeeded, or skipped when Zoom shows it already done); Zoom's
     * refusal as its problem; 404 when the connection is not one of the organisation's.
     */
    public Uni<ActionResult> perform(ActionContext ctx, ActionCommand command) {
        return requireConnection(ctx.orgId(), ctx.connectionId())
                .flatMap(known -> runner.attempt(ctx, command))
                .map(ActionAttempt::orThrow);
    }

    /** A page of the connection's audit, newest first; 404 when the connection is not the organisation's. */
    public Uni<Page<AuditEntry>> audit(String orgId, UUID connectionId, AuditQuery query) {
        return requireConnection(orgId, connectionId)
                .flatMap(known -> database.withConnection(sql -> audit.page(sql, orgId, connectionId, query)))
                .map(rows -> Page.of(rows, query.limit(), AuditEntry::cursor));
    }

    /** Completes when the connection is the organisation's; 404 otherwise. */
    public Uni<Void> requireConnection(String orgId, UUID connectionId) {
        return database.withConnection(sql -> connections.findOfOrg(sql, orgId, connectionId))
                .map(connection -> {
                    if (connection == null) {
                        throw ZoomAccountService.unknownConnection(connectionId);
                    }
                    return null;
                });
    }
}
