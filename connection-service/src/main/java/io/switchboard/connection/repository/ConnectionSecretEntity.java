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
}
