package io.switchboard.connection.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A connection of one organisation to one Zoom account. */
@Entity
@Table(name = "connection")
public class ConnectionEntity {

    @Id
    public UUID id;

    @Column(name = "org_id", nullable = false)
    public String orgId;

    @Column(nullable = false)
    public String type;

    @Column(nullable = false)
    public String status;

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
}
