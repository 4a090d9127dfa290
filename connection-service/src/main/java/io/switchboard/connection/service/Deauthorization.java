package io.switchboard.connection.service;

import io.switchboard.connection.repository.ConnectionEntity;
import java.time.Instant;
import java.util.Objects;

/**
 * Zoom's {@code app_deauthorized}: app {@code clientId} was uninstalled from account {@code accountId} at
 * {@code at}. It ends a connection only if the connection belongs to that app and was not authorised again after
 * {@code at} (Zoom retries the event for up to 80 minutes; the account may have reconnected meanwhile).
 *
 * @param accountId the Zoom account
 * @param clientId the app that was uninstalled, or null when Zoom did not say (every app of the account then)
 * @param at when it was uninstalled, or null when Zoom did not say (then it counts as now)
 */
public record Deauthorization(String accountId, String clientId, Instant at) {

    public Deauthorization {
        Objects.requireNonNull(accountId, "accountId");
    }

    /** Whether this deauthorization ends {@code connection}, whose app is {@code app}. */
    public boolean ends(ConnectionEntity connection, String app) {
        boolean sameApp = clientId == null || clientId.equals(app);
        boolean notReauthorisedSince =
                at == null || connection.authorizedAt == null || !at.isBefore(connection.authorizedAt);
        return sameApp && notReauthorisedSince;
    }
}
