package io.switchboard.ingest.service;

import io.switchboard.zoom.WebhookSignature;
import javax.crypto.spec.SecretKeySpec;

/**
 * The outcome of checking one delivery's signature, and the secret that verified it: during a rotation Zoom may
 * still sign with the previous secret, and its url_validation check must then be answered with that one.
 *
 * @param verdict what the check found
 * @param secret the key that verified the delivery, or null when it was not verified
 */
public record Verification(Verdict verdict, SecretKeySpec secret) {

    static Verification rejected(Verdict verdict) {
        return new Verification(verdict, null);
    }

    /** Whether the delivery is Zoom's. */
    public boolean verified() {
        return verdict == Verdict.VERIFIED;
    }

    /** {@code hex(HMAC-SHA256(secret that verified the delivery, plainToken))}: the url_validation answer. */
    public String encryptToken(String plainToken) {
        if (!verified()) {
            throw new IllegalStateException("Only a verified delivery is answered");
        }
        return WebhookSignature.encryptToken(secret, plainToken);
    }
}
