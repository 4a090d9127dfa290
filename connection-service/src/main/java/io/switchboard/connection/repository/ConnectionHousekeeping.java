package io.switchboard.connection.repository;

import io.switchboard.connection.config.ConnectionConfig;
import io.switchboard.messaging.housekeeping.HousekeepingTask;
import io.switchboard.messaging.housekeeping.MessagingHousekeeping.OlderThan;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * connection-service's stale rows, removed by libs/messaging's housekeeping on its own schedule: OAuth states past
 * their expiry, and connections still {@code pending} long after their flow was started (their states go with
 * them). A pending connection never emitted an event, so nothing else needs to know.
 */
@ApplicationScoped
public class ConnectionHousekeeping {

    private static final String EXPIRED_STATES = "delete from oauth_state where state_hash in (select state_hash"
            + " from oauth_state where expires_at < $1 order by expires_at limit $2 for update skip locked)";
    private static final String ABANDONED_PENDING = "delete from connection where id in (select id from connection"
            + " where status = 'pending' and created_at < $1 order by created_at limit $2 for update skip locked)";

    @Produces
    @Singleton
    HousekeepingTask expiredOAuthStates(Pool database, ConnectionConfig config) {
        return new OlderThan("oauth_state_expired", database, EXPIRED_STATES, config.expiredStateRetention());
    }

    @Produces
    @Singleton
    HousekeepingTask abandonedPendingConnections(Pool database, ConnectionConfig config) {
        return new OlderThan("connection_pending_abandoned", database, ABANDONED_PENDING, config.pendingRetention());
    }
}
