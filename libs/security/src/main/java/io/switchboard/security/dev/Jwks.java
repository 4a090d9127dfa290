package io.switchboard.security.dev;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;

/** An RSA public key as a JSON Web Key Set (RFC 7517), and its key id. JDK classes only. */
public final class Jwks {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private Jwks() {}

    /** A stable key id: the start of the base64url SHA-256 of the modulus. */
    public static String keyId(PublicKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(rsa(key).getModulus().toByteArray());
            return URL.encodeToString(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** {@code {"keys":[...]}} with {@code key} as an RS256 signing key. */
    public static String document(PublicKey key) {
        RSAPublicKey rsa = rsa(key);
        return "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"" + keyId(key) + "\",\"n\":\""
                + unsigned(rsa.getModulus()) + "\",\"e\":\"" + unsigned(rsa.getPublicExponent()) + "\"}]}";
    }

    private static String unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return URL.encodeToString(bytes);
    }

    private static RSAPublicKey rsa(PublicKey key) {
        if (key instanceof RSAPublicKey rsa) {
            return rsa;
        }
        throw new IllegalArgumentException("Not an RSA key: " + key.getAlgorithm());
    }
}
