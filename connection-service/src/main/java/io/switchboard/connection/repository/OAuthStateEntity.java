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

    /** When Zoom's callback arrived for this state; a state is answered once. */
    @Column(name = "answered_at")
    public Instant answeredAt;

    /** Zoom's authorisation code, encrypted, held until the starting user confirms. */
    @Column(name = "code")
    public byte[] code;

    /** SHA-256 of the confirmation handed to the browser that Zoom sent back. */
    @Column(name = "confirmation_hash")
    public String confirmationHash;

    /** When the starting user confirmed (the code was then exchanged); a state is confirmed once. */
    @Column(name = "used_at")
    public Instant usedAt;
}
