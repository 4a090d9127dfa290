package io.switchboard.simulator.traffic;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Zoom's side of the webhook signature: {@code x-zm-signature = "v0=" + hex(HMAC-SHA256(secret token, "v0:" +
 * timestamp + ":" + body))}, and the url_validation answer Zoom expects, {@code hex(HMAC-SHA256(secret token,
 * plainToken))}. The simulator plays Zoom, so it signs with code of its own: sharing the verifier of the system under
 * test would let a bug in one hide in both.
 */
public final class WebhookSigner {

    public static final String SIGNATURE_HEADER = "x-zm-signature";
    public static final String TIMESTAMP_HEADER = "x-zm-request-timestamp";
    public static final String REQUEST_ID_HEADER = "x-zm-request-id";

    private static final String ALGORITHM = "HmacSHA256";
    private static final String VERSION = "v0";

    private WebhookSigner() {}

    /** The {@code x-zm-signature} header value Zoom sends with {@code body} at {@code timestamp} (epoch seconds). */
    public static String signature(String secretToken, long timestamp, byte[] body) {
        byte[] prefix = (VERSION + ":" + timestamp + ":").getBytes(StandardCharsets.UTF_8);
        return VERSION + "=" + HexFormat.of().formatHex(hmac(secretToken, prefix, body));
    }

    /** The {@code encryptedToken} a webhook endpoint must answer to Zoom's url_validation challenge. */
    public static String encryptedToken(String secretToken, String plainToken) {
        return HexFormat.of().formatHex(hmac(secretToken, plainToken.getBytes(StandardCharsets.UTF_8), new byte[0]));
    }

    private static byte[] hmac(String secretToken, byte[] first, byte[] second) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secretToken.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            mac.update(first);
            return mac.doFinal(second);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
