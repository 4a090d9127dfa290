package io.switchboard.zoom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    // Reference values computed independently of this code, with
    // printf 'v0:1739923528:{"event":"x"}' | openssl dgst -sha256 -hmac s3cret (and likewise for the token).
    private static final String OPENSSL_REFERENCE =
            "v0=8d954dbfc906285fb9d4d1cd4e7f72dc80540e3c977ffc55f968e11ec3e95dbd";
    private static final String OPENSSL_TOKEN_REFERENCE =
            "f54f2d5fee8f181aab8371bada7fed9bb675eae464f18ed4fb91715244b58ef4";

    @Test
    void signsTheTimestampAndRawBodyAsZoomDoes() {
        String body = "{\"event\":\"x\"}";
        String signature = WebhookSignature.sign("s3cret", 1739923528L, body.getBytes(StandardCharsets.UTF_8));
        assertEquals(OPENSSL_REFERENCE, signature);
    }

    @Test
    void anyChangeToBodyOrTimestampChangesTheSignature() {
        byte[] body = "{\"event\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        String original = WebhookSignature.sign("s3cret", 1739923528L, body);
        assertNotEquals(original, WebhookSignature.sign("s3cret", 1739923529L, body));
        assertNotEquals(
                original,
                WebhookSignature.sign("s3cret", 1739923528L, "{\"event\":\"y\"}".getBytes(StandardCharsets.UTF_8)));
        assertNotEquals(original, WebhookSignature.sign("other", 1739923528L, body));
    }

    @Test
    void encryptsTheValidationTokenWithTheSecret() {
        assertEquals(
                OPENSSL_TOKEN_REFERENCE,
                WebhookSignature.encryptToken(WebhookSignature.key("s3cret"), "qgg8vlvZRS6UYooatFL8Aw"));
    }

    @Test
    void refusesABlankSecret() {
        assertThrows(IllegalArgumentException.class, () -> WebhookSignature.key(" "));
    }
}
