package io.switchboard.connection.crypto;

/**
 * An encrypted value as stored: the id of the key that sealed it, and nonce plus ciphertext plus tag.
 *
 * @param keyId the keyring id of the key
 * @param data 12-byte random nonce followed by the AES-GCM ciphertext and 16-byte tag
 */
public record Sealed(String keyId, byte[] data) {}
