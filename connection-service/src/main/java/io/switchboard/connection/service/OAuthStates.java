package io.switchboard.connection.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.switchboard.connection.crypto.Pkce;
import io.switchboard.connection.crypto.Sealed;
import io.switchboard.connection.crypto.TokenCipher;
import io.switchboard.connection.repository.ConnectionRepository;
import io.switchboard.connection.repository.ConnectionStatus;
import io.switchboard.connection.repository.OAuthStateEntity;
import io.switchboard.connection.repository.OAuthStateRepository;
import io.switchboard.domain.DomainException;
import io.switchboard.domain.DomainException.Kind;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The transactional steps of an OAuth state; Zoom is called between them, never inside one. A state is answered
 * once (Zoom's callback) and confirmed once (by the user who started the flow), each within the state's lifetime.
 */
@ApplicationScoped
public class OAuthStates {

    private final OAuthStateRepository states;
    private final ConnectionRepository connections;
    private final TokenCipher cipher;

    public OAuthStates(OAuthStateRepository states, ConnectionRepository connections, TokenCipher cipher) {
        this.states = states;
        this.connections = connections;
        this.cipher = cipher;
    }

    /** An answered state: the connection it completes and the confirmation its browser carries. */
    public record Answer(UUID connectionId, String confirmation) {}

    /** A confirmed state: everything the code exchange needs. */
    public record Claim(String orgId, UUID connectionId, String code, String codeVerifier) {}

    /**
     * Keeps Zoom's code (encrypted) and hands out a confirmation; 400 when the state is unknown, answered before or
     * expired, 409 when its connection is no longer pending (it was removed meanwhile).
     */
    @WithTransaction
    public Uni<Answer> answer(String state, String code) {
        String hash = Pkce.hash(state);
        return states.lock(hash).call(this::requirePending).map(stored -> {
            requireUnanswered(stored);
            String confirmation = Pkce.randomToken();
            String verifier = verifier(stored);
            Sealed sealedCode = cipher.seal(code, codeContext(stored));
            stored.keyId = sealedCode.keyId();
            stored.code = sealedCode.data();
            stored.codeVerifier = cipher.seal(verifier, ConnectService.verifierContext(stored.stateHash))
                    .data();
            stored.answeredAt = Instant.now();
            stored.confirmationHash = Pkce.hash(confirmation);
            return new Answer(stored.connectionId, confirmation);
        });
    }

    /**
     * Confirms as {@code caller}: 404 when the organisation has no such answered connection, 400 when the
     * confirmation is wrong or expired, 403 when another user started the flow, 409 when the connection is no
     * longer pending. Confirmed once.
     */
    @WithTransaction
    public Uni<Claim> confirm(String orgId, UUID connectionId, String caller, String confirmation, Duration ttl) {
        return states.lockAnswered(orgId, connectionId)
                .onItem()
                .ifNull()
                .failWith(() -> DomainException.notFound(
                        "Connection " + connectionId + " has no Zoom answer waiting for confirmation."))
                .call(this::requirePending)
                .map(stored -> {
                    requireConfirmable(stored, caller, confirmation, ttl);
                    stored.usedAt = Instant.now();
                    return new Claim(stored.orgId, stored.connectionId, open(stored), verifier(stored));
                });
    }

    private Uni<?> requirePending(OAuthStateEntity stored) {
        if (stored == null) {
            throw DomainException.invalid("Unknown OAuth state; start the connection again.");
        }
        return connections.findById(stored.connectionId).invoke(connection -> {
            if (connection == null || connection.status != ConnectionStatus.PENDING) {
                throw ConnectionProblems.notPending();
            }
        });
    }

    private static void requireUnanswered(OAuthStateEntity stored) {
        if (stored.answeredAt != null || stored.usedAt != null) {
            throw DomainException.invalid("This OAuth state was used already; start the connection again.");
        }
        if (stored.expiresAt.isBefore(Instant.now())) {
            throw DomainException.invalid("This OAuth state has expired; start the connection again.");
        }
    }

    private static void requireConfirmable(OAuthStateEntity stored, String caller, String confirmation, Duration ttl) {
        byte[] expected = stored.confirmationHash.getBytes(StandardCharsets.US_ASCII);
        byte[] given = Pkce.hash(confirmation).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            throw new DomainException(
                    Kind.INVALID,
                    "confirmation-invalid",
                    "Confirmation invalid",
                    "The confirmation does not match the one Zoom's answer was given.");
        }
        if (!stored.createdBy.equals(caller)) {
            throw ConnectionProblems.startedByAnotherUser();
        }
        if (stored.answeredAt.plus(ttl).isBefore(Instant.now())) {
            throw DomainException.invalid("This confirmation has expired; start the connection again.");
        }
    }

    private String open(OAuthStateEntity stored) {
        return cipher.open(new Sealed(stored.keyId, stored.code), codeContext(stored));
    }

    private String verifier(OAuthStateEntity stored) {
        return cipher.open(
                new Sealed(stored.keyId, stored.codeVerifier), ConnectService.verifierContext(stored.stateHash));
    }

    private static String codeContext(OAuthStateEntity stored) {
        return "oauth_state:" + stored.stateHash + ":code";
    }
}
