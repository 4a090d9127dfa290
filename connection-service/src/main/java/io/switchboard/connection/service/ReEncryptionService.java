package io.switchboard.connection.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.switchboard.connection.crypto.TokenCipher;
import io.switchboard.connection.repository.SecretRepository;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Key rotation: moves every stored secret to the active key, a batch per transaction. Rows not yet moved stay
 * readable (their key is still in the keyring), so services keep working during the rotation.
 */
@ApplicationScoped
public class ReEncryptionService {

    private static final int BATCH = 100;

    private final SecretRepository secrets;
    private final TokenCipher cipher;

    public ReEncryptionService(SecretRepository secrets, TokenCipher cipher) {
        this.secrets = secrets;
        this.cipher = cipher;
    }

    /** Re-encrypts all rows under an older key; how many were moved. */
    public Uni<Integer> reEncryptAll() {
        return batch().flatMap(moved ->
                moved < BATCH ? Uni.createFrom().item(moved) : reEncryptAll().map(rest -> moved + rest));
    }

    @WithTransaction
    Uni<Integer> batch() {
        return secrets.lockUnderOtherKey(cipher.activeKeyId(), BATCH).map(rows -> {
            rows.forEach(secret -> TokenSealing.reseal(cipher, secret));
            return rows.size();
        });
    }
}
