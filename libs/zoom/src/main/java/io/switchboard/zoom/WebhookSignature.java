package io.switchboard.zoom;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Zoom's webhook signature scheme v0: {@code x-zm-signature = "v0=" + hex(HMAC-SHA256(secret token, "v0:" +
 * x-zm-request-timestamp + ":" + raw body))}, and the url_validation answer {@code hex(HMAC-SHA256(secret token,
 * plainToken))}. Computed over the raw body bytes, never over re-serialised JSON.
 */
public final class WebhookSignature {

    /** The prefix of every v0 signature header value. */
    public static final String PREFIX = "v0=";

    public static final String SIGNATURE_HEADER = "x-zm-signature";
    public static final String TIMESTAMP_HEADER = "x-zm-request-timestamp";
    public static final String REQUEST_ID_HEADER = "x-zm-request-id";

    private static final String ALGORITHM = "HmacSHA256";

    private WebhookSignature() {}

    /** The HMAC key of a secret token. */
    public static SecretKeySpec key(String secretToken) {
        if (secretToken == null || secretToken.isBlank()) {
            throw new IllegalArgumentException("A webhook secret token must not be blank");
        }
        return new SecretKeySpec(secretToken.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** The raw v0 digest (32 bytes) of {@code body} sent at {@code timestamp} (epoch seconds, as sent). */
    public static byte[] digest(SecretKeySpec key, String timestamp, byte[] body) {
        return hmac(key, ("v0:" + timestamp + ":").getBytes(StandardCharsets.US_ASCII), body);
    }

    /** The {@code x-zm-signature} header value for {@code body} sent at {@code timestamp}. */
    public static String sign(String secretToken, long timestamp, byte[] body) {
        return PREFIX + HexFormat.of().formatHex(digest(key(secretToken), Long.toString(timestamp), body));
    }

    /** The {@code encryptedToken} of Zoom's url_validation challenge. */
    public static String encryptToken(SecretKeySpec key, String plainToken) {
        return HexFormat.of().formatHex(hmac(key, plainToken.getBytes(StandardCharsets.UTF_8), new byte[0]));
    }

    private static byte[] hmac(SecretKeySpec key, byte[] first, byte[] second) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(first);
            return mac.doFinal(second);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
