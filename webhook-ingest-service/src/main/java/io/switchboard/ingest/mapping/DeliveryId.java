package io.switchboard.ingest.mapping;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The CloudEvent id of a Zoom delivery: a digest of the app key and the exact body bytes. Zoom re-sends the same
 * body when it retries (its request id is not documented to stay the same), so a retried delivery gets the same id
 * and consumers drop it; two different events never share one.
 */
public final class DeliveryId {

    private DeliveryId() {}

    public static String of(String appKey, byte[] body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(appKey.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            byte[] digest = sha256.digest(body);
            return "zoom-" + HexFormat.of().formatHex(digest, 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
