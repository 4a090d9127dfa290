package io.switchboard.connection.crypto;

import io.switchboard.connection.config.ConnectionConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM encryption of tokens and secrets at rest, with a random 96-bit nonce per write and the key id stored
 * next to each value, so that several keys can be live during a rotation. Each value is bound to its place (the
 * associated data names the row and column), so a ciphertext copied to another row does not decrypt.
 */
@ApplicationScoped
public class TokenCipher {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Map<String, SecretKey> keys = new HashMap<>();
    private final String activeKey;
    private final SecureRandom random = new SecureRandom();

    @Inject
    public TokenCipher(ConnectionConfig config) {
        this(config.encryption().keys(), config.encryption().activeKey());
    }

    TokenCipher(Map<String, String> keyring, String activeKey) {
        keyring.forEach((id, base64) -> keys.put(id, key(id, base64)));
        if (!keys.containsKey(activeKey)) {
            throw new IllegalStateException("switchboard.connection.encryption.active-key '" + activeKey
                    + "' is not one of switchboard.connection.encryption.keys");
        }
        this.activeKey = activeKey;
    }

    /** A cipher over an explicit keyring (tools and tests; the service builds its own from configuration). */
    public static TokenCipher withKeyring(Map<String, String> keyring, String activeKey) {
        return new TokenCipher(keyring, activeKey);
    }

    /** The key id that new writes use. */
    public String activeKeyId() {
        return activeKey;
    }

    /** Encrypts {@code plaintext} under the active key, bound to {@code context} (for example a row and column). */
    public Sealed seal(String plaintext, String context) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(activeKey), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] ciphertext = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return new Sealed(
                    activeKey,
                    ByteBuffer.allocate(nonce.length + ciphertext.length)
                            .put(nonce)
                            .put(ciphertext)
                            .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    /** Decrypts a value sealed for {@code context}; fails if the key is unknown or the value was tampered with. */
    public String open(Sealed sealed, String context) {
        SecretKey key = keys.get(sealed.keyId());
        if (key == null) {
            throw new IllegalStateException("Key '" + sealed.keyId() + "' is not in the keyring");
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed.data(), 0, NONCE_BYTES));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            byte[] plaintext = cipher.doFinal(sealed.data(), NONCE_BYTES, sealed.data().length - NONCE_BYTES);
            return new String(plaintext, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A stored secret could not be decrypted (wrong key or tampered value)", e);
        }
    }

    /** Whether {@code sealed} needs re-encryption to move to the active key. */
    public boolean isStale(Sealed sealed) {
        return !activeKey.equals(sealed.keyId());
    }

    private static SecretKey key(String id, String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Encryption key '" + id + "' is not base64");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(
                    "Encryption key '" + id + "' must be 32 bytes (AES-256), not " + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }
}
