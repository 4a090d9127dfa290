package io.switchboard.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.testing.ZoomSamples;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Zoom's endpoint.url_validation challenge is answered with the app's own secret, and only when signed. */
@QuarkusTest
class UrlValidationTest {

    private static final String PLAIN_TOKEN = "qgg8vlvZRS6UYooatFL8Aw";
    // Computed independently: printf qgg8vlvZRS6UYooatFL8Aw | openssl dgst -sha256 -hmac <secret>
    private static final String EXPECTED_DEFAULT = "97e43278a0e220d1b9d84fb98f3da97e545232fd76b888483bad9472c4ae4870";
    private static final String EXPECTED_SALES = "3e02398fb53f69c809e0bd45abc01928cd43450d881ed756a8cb379866fdaf89";

    @Test
    void answersTheChallengeWithTheHmacOfThePlainToken() {
        Deliveries.post(ZoomSamples.webhook("endpoint.url_validation"))
                .statusCode(200)
                .body("plainToken", is(PLAIN_TOKEN))
                .body("encryptedToken", is(EXPECTED_DEFAULT));
    }

    @Test
    void answersWithTheSecretOfTheAppKeyItWasSentTo() {
        Deliveries.post(
                        "/webhooks/zoom/sales",
                        ZoomSamples.webhook("endpoint.url_validation"),
                        "test-secret-sales",
                        Instant.now().getEpochSecond())
                .statusCode(200)
                .body("encryptedToken", is(EXPECTED_SALES));
    }

    @Test
    void refusesAnUnsignedChallenge() {
        given().contentType("application/json")
                .body(ZoomSamples.webhook("endpoint.url_validation"))
                .when()
                .post("/webhooks/zoom")
                .then()
                .statusCode(401);
    }
}
