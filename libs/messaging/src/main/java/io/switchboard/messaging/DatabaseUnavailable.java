package io.switchboard.messaging;

import io.switchboard.rest.problem.UnavailableDependency;
import io.vertx.sqlclient.ClosedConnectionException;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.ConnectException;
import java.util.Optional;
import java.util.Set;

/**
 * PostgreSQL is away when a failure's cause chain holds a refused or closed connection, or one of PostgreSQL's
 * codes for a server that cannot take the request now: a connection exception (SQLSTATE class 08), a shutdown or
 * start-up under way (57P01, 57P02, 57P03), or no connection slot left (53300). A REST call then answers 503 with
 * {@code Retry-After} instead of 500.
 */
@ApplicationScoped
public class DatabaseUnavailable implements UnavailableDependency {

    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    private static final Set<String> SERVER_AWAY = Set.of("57P01", "57P02", "57P03", "53300");

    @Override
    public Optional<String> unreachable(Throwable failure) {
        return away(failure) ? Optional.of("database") : Optional.empty();
    }

    private static boolean away(Throwable failure) {
        return Causes.any(
                        failure,
                        cause -> cause instanceof ConnectException || cause instanceof ClosedConnectionException)
                || SqlStates.of(failure)
                        .filter(state -> state.startsWith(CONNECTION_EXCEPTION_CLASS) || SERVER_AWAY.contains(state))
                        .isPresent();
    }
}
