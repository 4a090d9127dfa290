package io.switchboard.connection.service;

import io.switchboard.connection.crypto.TokenCipher;
import io.switchboard.connection.repository.ConnectionEntity;
import io.switchboard.connection.repository.ConnectionSecretEntity;
import io.switchboard.connection.repository.ConnectionStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What a connection's stored token allows at one moment: hand out a fresh token, hand out a token that is still
 * valid while refreshes back off, refuse with Retry-After while backing off, or refresh now.
 *
 * @param fresh the token when it is good beyond the refresh margin
 * @param stillValid the token when it is good for at least {@link #MIN_VALIDITY}
 * @param retryAt no refresh before this time, or null
 */
record TokenState(AccessToken fresh, AccessToken stillValid, Instant retryAt) {

    /** A token closer to expiry than this is of no use to a caller. */
    static final Duration MIN_VALIDITY = Duration.ofSeconds(30);

    static TokenState of(
            ConnectionEntity connection,
            ConnectionSecretEntity secret,
            TokenCipher cipher,
            Duration refreshAhead,
            Instant now) {
        if (secret == null || !secret.accessTokenValid(now, MIN_VALIDITY)) {
            return new TokenState(null, null, secret == null ? null : secret.refreshRetryAt);
        }
        AccessToken token = new AccessToken(
                TokenSealing.open(cipher, secret, "access_token"),
                secret.accessTokenExpiresAt,
                connection.zoomAccountId);
        boolean fresh = secret.accessTokenValid(now, refreshAhead);
        return new TokenState(fresh ? token : null, token, secret.refreshRetryAt);
    }

    /**
     * The token to hand out now, or empty when a refresh is due. While refreshes back off and no valid token is left,
     * a 503 with the remaining wait as Retry-After.
     */
    Optional<AccessToken> answer(Instant now) {
        if (fresh != null) {
            return Optional.of(fresh);
        }
        if (retryAt != null && retryAt.isAfter(now)) {
            if (stillValid != null) {
                return Optional.of(stillValid);
            }
            throw ConnectionProblems.refreshBackingOff(Duration.between(now, retryAt));
        }
        return Optional.empty();
    }

    /** Tokens are handed out for active connections only; the refusal for every other state. */
    static void requireUsable(ConnectionEntity connection, UUID connectionId) {
        if (connection == null || connection.status == ConnectionStatus.REMOVED) {
            throw ConnectionProblems.notFound(connectionId);
        }
        if (connection.status == ConnectionStatus.REAUTH_REQUIRED) {
            throw ConnectionProblems.reauthRequired(connectionId);
        }
        if (connection.status == ConnectionStatus.PENDING) {
            throw ConnectionProblems.pending(connectionId);
        }
    }
}
