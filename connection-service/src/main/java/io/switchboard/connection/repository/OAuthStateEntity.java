package io.switchboard.connection.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A single-use OAuth state; only its SHA-256 is stored, and the PKCE verifier is encrypted. */
@Entity
@Table(name = "oauth_state")
public class OAuthStateEntity {

    @Id
    @Column(name = "state_hash")
    public String stateHash;

    @Column(name = "org_id", nullable = false)
    public String orgId;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "connection_id", nullable = false)
    public UUID connectionId;

    @Column(name = "key_id", nullable = false)
    public String keyId;

    @Column(name = "code_verifier", nullable = false)
    public byte[] codeVerifier;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "used_at")
    public Instant usedAt;
}
