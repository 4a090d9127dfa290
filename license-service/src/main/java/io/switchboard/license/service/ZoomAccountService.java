package io.switchboard.license.service;

import io.smallrye.mutiny.Uni;
import io.switchboard.domain.DomainException;
import io.switchboard.license.mapping.ZoomAccountQuery;
import io.switchboard.license.mapping.ZoomAccountView;
import io.switchboard.license.repository.ConnectionRefRepository;
import io.switchboard.license.repository.ZoomAccountRepository;
import io.switchboard.rest.paging.Page;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Reads the Zoom users of a connection with their licences. */
@ApplicationScoped
public class ZoomAccountService {

    private final Pool database;
    private final ConnectionRefRepository connections;
    private final ZoomAccountRepository accounts;

    public ZoomAccountService(Pool database, ConnectionRefRepository connections, ZoomAccountRepository accounts) {
        this.database = database;
        this.connections = connections;
        this.accounts = accounts;
    }

    /** A page of the connection's users; 404 when the connection is not one of the organisation's. */
    public Uni<Page<ZoomAccountView>> page(String orgId, UUID connectionId, ZoomAccountQuery query) {
        return database.withConnection(sql -> connections
                .findOfOrg(sql, orgId, connectionId)
                .flatMap(connection -> {
                    if (connection == null) {
                        throw unknownConnection(connectionId);
                    }
                    return accounts.page(sql, orgId, connectionId, query);
                })
                .map(rows -> Page.of(
                        rows.stream().map(ZoomAccountView::of).toList(), query.limit(), ZoomAccountView::cursor)));
    }

    /** The 404 of a connection this organisation does not have. */
    public static DomainException unknownConnection(UUID connectionId) {
        return DomainException.notFound("There is no Zoom connection " + connectionId + " in this organisation.");
    }
}
