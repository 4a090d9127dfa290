package io.switchboard.connection.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The encrypted credentials of one connection. Every value column is AES-GCM ciphertext under {@link #keyId}. */
@Entity
@Table(name = "connection_secret")
public class ConnectionSecretEntity {

    @Id
    @Column(name = "connection_id")
    public UUID connectionId;

    @Column(name = "key_id", nullable = false)
    public String keyId;

    @Column(name = "access_token")
    public byte[] accessToken;

    @Column(name = "access_token_expires_at")
    public Instant accessTokenExpiresAt;

    @Column(name = "refresh_token")
    public byte[] refreshToken;

    @Column(name = "client_secret")
    public byte[] clientSecret;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Refresh failures in a row that Zoom may recover from (429, 5xx, timeouts). */
    @Column(name = "refresh_failures", nullable = false)
    public int refreshFailures;

    /** No refresh is tried before this time; callers meanwhile get a 503 with Retry-After. */
    @Column(name = "refresh_retry_at")
    public Instant refreshRetryAt;

    /** Whether a refresh must wait, at {@code now}. */
    public boolean backingOff(Instant now) {
        return refreshRetryAt != null && refreshRetryAt.isAfter(now);
    }

    /** The access token is still good at {@code now} plus {@code margin}. */
    public boolean accessTokenValid(Instant now, java.time.Duration margin) {
        return accessToken != null && accessTokenExpiresAt != null && accessTokenExpiresAt.isAfter(now.plus(margin));
    }

    /** Records a failure and when the next refresh may be tried. */
    public void backOff(Instant retryAt) {
        refreshFailures++;
        refreshRetryAt = retryAt;
        updatedAt = Instant.now();
    }

    /** A refresh succeeded: no more back-off. */
    public void clearBackOff() {
        refreshFailures = 0;
        refreshRetryAt = null;
    }
}
