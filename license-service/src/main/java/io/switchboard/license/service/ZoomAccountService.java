package io.switchboard.license.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.switchboard.license.mapping.ZoomAccountQuery;
import io.switchboard.license.mapping.ZoomAccountView;
import io.switchboard.license.repository.ZoomAccountRepository;
import io.switchboard.rest.paging.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Reads the Zoom users of a connection with their licences. */
@ApplicationScoped
public class ZoomAccountService {

    private final ZoomAccountRepository accounts;

    public ZoomAccountService(ZoomAccountRepository accounts) {
        this.accounts = accounts;
    }

    @WithSession
    public Uni<Page<ZoomAccountView>> page(String orgId, UUID connectionId, ZoomAccountQuery query) {
        return accounts.page(orgId, connectionId, query)
                .map(rows -> Page.of(
                        rows.stream().map(ZoomAccountView::of).toList(), query.limit(), ZoomAccountView::cursor));
    }
}
