package io.switchboard.ingest;

import io.quarkus.test.junit.QuarkusTest;
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
}
