package io.switchboard.connection.service;

import io.switchboard.connection.client.TokenResponse;
import io.switchboard.connection.crypto.Sealed;
import io.switchboard.connection.crypto.TokenCipher;
import io.switchboard.connection.repository.ConnectionSecretEntity;
import java.time.Instant;

/** How token columns are encrypted: one key per row, each value bound to its connection and column. */
final class TokenSealing {

    private TokenSealing() {}

    static String context(ConnectionSecretEntity secret, String column) {
        return "connection:" + secret.connectionId + ":" + column;
    }

    /** Seals a fresh token response into {@code secret} under the active key (a refresh token is kept if none came). */
    static void seal(TokenCipher cipher, ConnectionSecretEntity secret, TokenResponse tokens) {
        String refresh = tokens.refreshToken() != null ? tokens.refreshToken() : open(cipher, secret, "refresh_token");
        String clientSecret = open(cipher, secret, "client_secret");
        Sealed access = cipher.seal(tokens.accessToken(), context(secret, "access_token"));
        secret.keyId = access.keyId();
        secret.accessToken = access.data();
        secret.refreshToken = refresh == null
                ? null
                : cipher.seal(refresh, context(secret, "refresh_token")).data();
        secret.clientSecret = clientSecret == null
                ? null
                : cipher.seal(clientSecret, context(secret, "client_secret")).data();
        secret.accessTokenExpiresAt = Instant.now().plusSeconds(Math.max(0, tokens.expiresIn()));
        secret.updatedAt = Instant.now();
    }

    /** The plaintext of {@code column}, or null when the row has none. */
    static String open(TokenCipher cipher, ConnectionSecretEntity secret, String column) {
        byte[] data = switch (column) {
            case "access_token" -> secret.accessToken;
            case "refresh_token" -> secret.refreshToken;
            case "client_secret" -> secret.clientSecret;
            default -> throw new IllegalArgumentException(column);
        };
        return data == null ? null : cipher.open(new Sealed(secret.keyId, data), context(secret, column));
    }

    /** Re-encrypts every column of {@code secret} under the active key. */
    static void reseal(TokenCipher cipher, ConnectionSecretEntity secret) {
        String access = open(cipher, secret, "access_token");
        String refresh = open(cipher, secret, "refresh_token");
        String clientSecret = open(cipher, secret, "client_secret");
        secret.keyId = cipher.activeKeyId();
        secret.accessToken = access == null
                ? null
                : cipher.seal(access, context(secret, "access_token")).data();
        secret.refreshToken = refresh == null
                ? null
                : cipher.seal(refresh, context(secret, "refresh_token")).data();
        secret.clientSecret = clientSecret == null
                ? null
                : cipher.seal(clientSecret, context(secret, "client_secret")).data();
        secret.updatedAt = Instant.now();
    }
}
