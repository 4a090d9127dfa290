package io.switchboard.ingest.service;

import io.switchboard.ingest.config.WebhookConfig;
import io.switchboard.zoom.WebhookSignature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks Zoom's v0 signature: {@code x-zm-signature = "v0=" + hex(HMAC-SHA256(secret, "v0:" + timestamp + ":" +
 * raw body))}, on the raw bytes, in constant time, before anything parses the body. A timestamp too far from now is
 * refused so that a captured request cannot be replayed later.
 */
@ApplicationScoped
public class SignatureVerifier {

    private final Map<String, List<Key>> keysByApp = new HashMap<>();
    private final Map<String, SecretKeySpec> currentByApp = new HashMap<>();
    private final Duration tolerance;
    private final Clock clock;

    @Inject
    public SignatureVerifier(WebhookConfig config) {
        this(config, Clock.systemUTC());
    }

    SignatureVerifier(WebhookConfig config, Clock clock) {
        this.tolerance = config.timestampTolerance();
        this.clock = clock;
        config.secrets().forEach((app, secret) -> {
            SecretKeySpec key = WebhookSignature.key(secret);
            currentByApp.put(app, key);
            keysByApp.computeIfAbsent(app, a -> new ArrayList<>()).add(new Key(key, Instant.MAX));
        });
        config.previousSecrets()
                .forEach((app, previous) -> keysByApp
                        .computeIfAbsent(app, a -> new ArrayList<>())
                        .add(new Key(
                                WebhookSignature.key(previous.secret()),
                                previous.validUntil().orElse(Instant.MAX))));
    }

    /** Whether {@code app} is a configured app key. */
    public boolean knows(String app) {
        return currentByApp.containsKey(app);
    }

    /** Checks one delivery of {@code app}. */
    public Verification verify(String app, String timestamp, String signature, byte[] body) {
        List<Key> keys = keysByApp.get(app);
        if (keys == null || !currentByApp.containsKey(app)) {
            return Verification.rejected(Verdict.UNKNOWN_APP);
        }
        if (signature == null || signature.isBlank()) {
            return Verification.rejected(Verdict.MISSING_SIGNATURE);
        }
        if (timestamp == null || timestamp.isBlank()) {
            return Verification.rejected(Verdict.MISSING_TIMESTAMP);
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            return Verification.rejected(Verdict.MALFORMED_TIMESTAMP);
        }
        Instant now = clock.instant();
        if (Math.abs(now.getEpochSecond() - seconds) > tolerance.toSeconds()) {
            return Verification.rejected(Verdict.STALE_TIMESTAMP);
        }
        byte[] presented = decode(signature.trim());
        if (presented == null) {
            return Verification.rejected(Verdict.MALFORMED_SIGNATURE);
        }
        SecretKeySpec matched = null;
        for (Key key : keys) {
            // Every candidate key is checked, so the time taken does not tell whether one matched.
            boolean valid = now.isBefore(key.validUntil());
            boolean match = valid
                    & MessageDigest.isEqual(presented, WebhookSignature.digest(key.spec(), timestamp.trim(), body));
            if (match && matched == null) {
                matched = key.spec();
            }
        }
        return matched != null
                ? new Verification(Verdict.VERIFIED, matched)
                : Verification.rejected(Verdict.SIGNATURE_MISMATCH);
    }

    private static byte[] decode(String signature) {
        int prefix = WebhookSignature.PREFIX.length();
        if (!signature.startsWith(WebhookSignature.PREFIX) || signature.length() != prefix + 64) {
            return null;
        }
        try {
            return HexFormat.of().parseHex(signature, prefix, signature.length());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private record Key(SecretKeySpec spec, Instant validUntil) {}
}
