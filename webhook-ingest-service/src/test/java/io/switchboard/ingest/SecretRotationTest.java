package io.switchboard.ingest;

import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.testing.ZoomSamples;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** While a secret is rotated, the old one keeps verifying until its configured end; then only the new one does. */
@QuarkusTest
class SecretRotationTest {

    @Test
    void acceptsBothTheNewAndTheOldSecretDuringARotation() {
        long now = Instant.now().getEpochSecond();
        Deliveries.post("/webhooks/zoom/sales", Deliveries.uniqueEvent("user.created"), "test-secret-sales", now)
                .statusCode(204);
        Deliveries.post("/webhooks/zoom/sales", Deliveries.uniqueEvent("user.created"), "test-secret-sales-old", now)
                .statusCode(204);
    }

    @Test
    void refusesAnOldSecretPastItsEnd() {
        long now = Instant.now().getEpochSecond();
        Deliveries.post("/webhooks/zoom/expired", Deliveries.uniqueEvent("user.created"), "test-secret-expired", now)
                .statusCode(204);
        Deliveries.post(
                        "/webhooks/zoom/expired",
                        Deliveries.uniqueEvent("user.created"),
                        "test-secret-expired-old",
                        now)
                .statusCode(401);
    }

    @Test
    void answersAChallengeSignedWithThePreviousSecretWithThatSecret() {
        // Computed independently: printf qgg8vlvZRS6UYooatFL8Aw | openssl dgst -sha256 -hmac test-secret-sales-old
        String expected = "7906fc2a15233c973e6916adc1b6ce6b8200f69fa2199b9838deb92157f8b558";
        Deliveries.post(
                        "/webhooks/zoom/sales",
                        ZoomSamples.webhook("endpoint.url_validation"),
                        "test-secret-sales-old",
                        Instant.now().getEpochSecond())
                .statusCode(200)
                .body("encryptedToken", is(expected));
    }
}
