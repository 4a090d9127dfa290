package io.switchboard.connection.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/** Random OAuth states and PKCE (RFC 7636, S256) verifiers and challenges. */
public final class Pkce {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private Pkce() {}

    /** 256 random bits, base64url: a state or a code verifier. */
    public static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return URL.encodeToString(bytes);
    }

    /** The S256 code challenge of {@code verifier}. */
    public static String challenge(String verifier) {
        return URL.encodeToString(sha256(verifier));
    }

    /** The stored form of a state: its SHA-256, base64url. */
    public static String hash(String state) {
        return URL.encodeToString(sha256(state));
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
