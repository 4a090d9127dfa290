package io.switchboard.connection.service;

import io.switchboard.connection.client.ZoomOAuthException;
import io.switchboard.domain.DomainException;
import io.switchboard.domain.DomainException.Kind;
import java.time.Duration;
import java.util.UUID;

/** The refusals of connection-service, each with a stable code; libs/rest turns them into problems. */
public final class ConnectionProblems {

    private ConnectionProblems() {}

    static DomainException notFound(UUID connectionId) {
        return DomainException.notFound("Connection " + connectionId + " was not found.");
    }

    static DomainException pending(UUID connectionId) {
        return new DomainException(
                Kind.CONFLICT,
                "connection-pending",
                "Connection pending",
                "Connection " + connectionId + " is not authorised yet.");
    }

    static DomainException notPending() {
        return new DomainException(
                Kind.CONFLICT,
                "connection-not-pending",
                "Connection no longer pending",
                "This connection was removed before Zoom's answer arrived; start the connection again.");
    }

    static DomainException notActive(UUID connectionId, String status) {
        return new DomainException(
                Kind.CONFLICT,
                "connection-not-active",
                "Connection not active",
                "Connection " + connectionId + " is " + status + "; only an active connection can sync.");
    }

    static DomainException reauthRequired(UUID connectionId) {
        return new DomainException(
                Kind.CONFLICT,
                "reauth-required",
                "Re-authorisation required",
                "Zoom no longer accepts connection " + connectionId
                        + "'s grant; an admin of the organisation must connect the Zoom account again.");
    }

    static DomainException notAuthorised() {
        return new DomainException(
                Kind.CONFLICT,
                "connection-not-authorised",
                "Connection not authorised",
                "The connection holds no tokens.");
    }

    static DomainException connectedConcurrently(UUID kept) {
        return new DomainException(
                Kind.CONFLICT,
                "connected-concurrently",
                "Connected concurrently",
                "Another authorisation of the same Zoom account completed at the same moment and was kept as connection "
                        + kept + "; the tokens of this one were revoked.");
    }

    static DomainException startedByAnotherUser() {
        return new DomainException(
                Kind.FORBIDDEN,
                "started-by-another-user",
                "Started by another user",
                "This connection was started by another user; only they can confirm it. Start your own connection.");
    }

    static DomainException refreshBackingOff(Duration retryAfter) {
        return new DomainException(
                Kind.UNAVAILABLE,
                "zoom-unavailable",
                "Zoom unavailable",
                "Zoom could not refresh the token recently; retry after the time in Retry-After.",
                retryAfter);
    }

    static DomainException refreshBusy() {
        return new DomainException(
                Kind.UNAVAILABLE,
                "refresh-in-progress",
                "Refresh in progress",
                "Another replica is refreshing this connection's token and has not finished; retry shortly.",
                Duration.ofSeconds(1));
    }

    static DomainException zoomAppNotConfigured() {
        return new DomainException(
                Kind.UNAVAILABLE,
                "zoom-app-not-configured",
                "Zoom app not configured",
                "switchboard.zoom.client-id is not set, so no OAuth connection can be started.");
    }

    static DomainException credentialsRefused() {
        return new DomainException(
                Kind.UNPROCESSABLE,
                "zoom-credentials-refused",
                "Zoom refused the credentials",
                "Zoom did not grant a token for these Server-to-Server credentials.");
    }

    /** What the caller of a flow that talked to Zoom gets when Zoom failed. */
    static DomainException fromZoom(ZoomOAuthException failure) {
        return switch (failure.kind()) {
            case INVALID_GRANT -> DomainException.invalid("Zoom did not accept the authorisation code; connect again.");
            case TRANSIENT ->
                new DomainException(
                        Kind.UNAVAILABLE,
                        "zoom-unavailable",
                        "Zoom unavailable",
                        "Zoom could not be reached; try again shortly.",
                        failure.retryAfter().orElse(null));
            case REJECTED ->
                new DomainException(
                        Kind.UPSTREAM_REFUSED,
                        "zoom-refused",
                        "Zoom refused the request",
                        "Zoom refused the request: " + failure.getMessage());
        };
    }
}
