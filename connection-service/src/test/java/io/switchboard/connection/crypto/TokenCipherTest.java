package io.switchboard.connection.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TokenCipherTest {

    private static final String K1 = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String K2 =
            Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));

    @Test
    void opensWhatItSealedAndHoldsNoPlaintext() {
        TokenCipher cipher = new TokenCipher(Map.of("k1", K1), "k1");
        Sealed sealed = cipher.seal("refresh-token-value", "connection:1:refresh");
        assertEquals("k1", sealed.keyId());
        assertFalse(new String(sealed.data(), StandardCharsets.ISO_8859_1).contains("refresh-token-value"));
        assertEquals("refresh-token-value", cipher.open(sealed, "connection:1:refresh"));
    }

    @Test
    void usesAFreshNonceForEveryWrite() {
        TokenCipher cipher = new TokenCipher(Map.of("k1", K1), "k1");
        assertNotEquals(
                Base64.getEncoder().encodeToString(cipher.seal("same", "ctx").data()),
                Base64.getEncoder().encodeToString(cipher.seal("same", "ctx").data()));
    }

    @Test
    void refusesAValueMovedToAnotherRowOrTamperedWith() {
        TokenCipher cipher = new TokenCipher(Map.of("k1", K1), "k1");
        Sealed sealed = cipher.seal("secret", "connection:1:refresh");
        assertThrows(IllegalStateException.class, () -> cipher.open(sealed, "connection:2:refresh"));
        byte[] tampered = sealed.data().clone();
        tampered[tampered.length - 1] ^= 1;
        assertThrows(
                IllegalStateException.class, () -> cipher.open(new Sealed("k1", tampered), "connection:1:refresh"));
    }

    @Test
    void readsOldKeysWhileWritingWithTheNewOne() {
        Sealed underOldKey = new TokenCipher(Map.of("k1", K1), "k1").seal("secret", "ctx");
        TokenCipher rotated = new TokenCipher(Map.of("k1", K1, "k2", K2), "k2");
        assertEquals("secret", rotated.open(underOldKey, "ctx"));
        assertTrue(rotated.isStale(underOldKey));
        Sealed rewritten = rotated.seal("secret", "ctx");
        assertEquals("k2", rewritten.keyId());
        assertFalse(rotated.isStale(rewritten));
    }

    @Test
    void refusesABadKeyring() {
        assertThrows(IllegalStateException.class, () -> new TokenCipher(Map.of("k1", K1), "k9"));
        assertThrows(IllegalStateException.class, () -> new TokenCipher(Map.of("k1", "c2hvcnQ="), "k1"));
        assertThrows(IllegalStateException.class, () -> new TokenCipher(Map.of("k1", "not base64!"), "k1"));
    }
}
