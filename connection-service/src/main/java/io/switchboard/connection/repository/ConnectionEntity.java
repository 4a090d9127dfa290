package io.switchboard.connection.repository;

import io.switchboard.domain.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A connection of one organisation to one Zoom account. Its status changes only through the methods below, each
 * checked against {@link ConnectionStatus}'s transitions.
 */
@Entity
@Table(name = "connection")
public class ConnectionEntity {

    @Id
    public UUID id;

    @Column(name = "org_id", nullable = false)
    public String orgId;

    @Column(nullable = false)
    public ConnectionType type;

    @Column(nullable = false)
    public ConnectionStatus status;

    @Column(name = "zoom_account_id")
    public String zoomAccountId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "granted_scopes", nullable = false)
    public List<String> grantedScopes = List.of();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "missing_scopes", nullable = false)
    public List<String> missingScopes = List.of();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "last_refresh_at")
    public Instant lastRefreshAt;

    @Column(name = "last_error")
    public String lastError;

    /** The Zoom app the connection is authorised for (the configured OAuth app, or a Server-to-Server app). */
    @Column(name = "client_id")
    public String clientId;

    /** When Zoom last authorised the connection (callback or Server-to-Server activation). */
    @Column(name = "authorized_at")
    public Instant authorizedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt = Instant.now();

    /** A new connection whose OAuth flow has just started. */
    public static ConnectionEntity pending(String orgId, ConnectionType type, String clientId) {
        ConnectionEntity connection = new ConnectionEntity();
        connection.id = UUID.randomUUID();
        connection.orgId = orgId;
        connection.type = type;
        connection.clientId = clientId;
        connection.status = ConnectionStatus.PENDING;
        connection.createdAt = Instant.now();
        return connection;
    }

    /** What Zoom granted: the account, the app and the scopes. */
    public record Grant(
            ConnectionType type,
            String zoomAccountId,
            String clientId,
            List<String> grantedScopes,
            List<String> missingScopes) {}

    /** Authorised (again) by Zoom; true when this restores a connection that needed re-authorisation. */
    public boolean activate(Grant grant) {
        boolean restored = status == ConnectionStatus.REAUTH_REQUIRED;
        moveTo(ConnectionStatus.ACTIVE);
        type = grant.type();
        zoomAccountId = grant.zoomAccountId();
        clientId = grant.clientId();
        grantedScopes = grant.grantedScopes();
        missingScopes = grant.missingScopes();
        authorizedAt = Instant.now();
        lastRefreshAt = authorizedAt;
        lastError = null;
        return restored;
    }

    /** Zoom refused the grant for good. */
    public void requireReauthorisation(String error) {
        moveTo(ConnectionStatus.REAUTH_REQUIRED);
        lastError = error;
    }

    /** Ended; false when it was removed already (nothing changes then). */
    public boolean remove() {
        if (status == ConnectionStatus.REMOVED) {
            return false;
        }
        moveTo(ConnectionStatus.REMOVED);
        return true;
    }

    /** A refresh succeeded. */
    public void refreshed() {
        lastRefreshAt = Instant.now();
        lastError = null;
        updatedAt = lastRefreshAt;
    }

    /** A refresh failed for now; the status stays. */
    public void refreshFailed(String error) {
        lastError = error;
        updatedAt = Instant.now();
    }

    private void moveTo(ConnectionStatus next) {
        if (!status.canBecome(next)) {
            throw new DomainException(
                    DomainException.Kind.CONFLICT,
                    "connection-" + status.wire().replace('_', '-'),
                    "Connection " + status.wire().replace('_', ' '),
                    "Connection " + id + " is " + status.wire() + " and cannot become " + next.wire() + ".");
        }
        status = next;
        updatedAt = Instant.now();
    }
}
