package io.switchboard.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.rest.problem.Problem;
import io.switchboard.zoom.WebhookSignature;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/** Nothing forged, replayed or tampered with gets in: 401 problem, counted by reason, nothing in Kafka. */
@QuarkusTest
class SignatureRejectionTest {

    @Test
    void rejectsAForgedSignature() {
        byte[] body = Deliveries.uniqueEvent("meeting.started");
        Deliveries.post("/webhooks/zoom", body, "not-the-secret", now())
                .statusCode(401)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", is(Problem.TYPE_PREFIX + "invalid-signature"));
        assertFalse(Deliveries.anywhereInKafka(body));
    }

    @Test
    void rejectsAnUnsignedDelivery() {
        byte[] body = Deliveries.uniqueEvent("meeting.started");
        given().contentType("application/json")
                .body(body)
                .when()
                .post("/webhooks/zoom")
                .then()
                .statusCode(401)
                .contentType(Problem.MEDIA_TYPE);
        assertFalse(Deliveries.anywhereInKafka(body));
    }

    @Test
    void rejectsAStaleTimestampSoThatACapturedRequestCannotBeReplayed() {
        byte[] body = Deliveries.uniqueEvent("meeting.started");
        Deliveries.post("/webhooks/zoom", body, Deliveries.DEFAULT_SECRET, now() - 6 * 60)
                .statusCode(401)
                .body("detail", is("The request timestamp is outside the accepted window."));
        Deliveries.post("/webhooks/zoom", body, Deliveries.DEFAULT_SECRET, now() + 6 * 60)
                .statusCode(401);
        assertFalse(Deliveries.anywhereInKafka(body));
    }

    @Test
    void rejectsATamperedBody() {
        byte[] body = Deliveries.uniqueEvent("meeting.started");
        long timestamp = now();
        String signature = WebhookSignature.sign(Deliveries.DEFAULT_SECRET, timestamp, body);
        byte[] tampered = new String(body, StandardCharsets.UTF_8)
                .replace("acc-test", "acc-evil")
                .getBytes(StandardCharsets.UTF_8);
        given().contentType("application/json")
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE_HEADER, signature)
                .body(tampered)
                .when()
                .post("/webhooks/zoom")
                .then()
                .statusCode(401)
                .body("detail", is("The signature does not match the body."));
        assertFalse(Deliveries.anywhereInKafka(tampered));
    }

    @Test
    void rejectsTheWrongAppKey() {
        byte[] body = Deliveries.uniqueEvent("meeting.started");
        // Signed correctly for app "default", but sent to app "sales", which has another secret.
        Deliveries.post("/webhooks/zoom/sales", body, Deliveries.DEFAULT_SECRET, now())
                .statusCode(401);
        Deliveries.post("/webhooks/zoom/no-such-app", body, Deliveries.DEFAULT_SECRET, now())
                .statusCode(401)
                .body("detail", is("No Zoom app is configured under this app key."));
        assertFalse(Deliveries.anywhereInKafka(body));
    }

    @Test
    void rejectsAMalformedSignatureHeader() {
        byte[] body = Deliveries.uniqueEvent("meeting.started");
        given().contentType("application/json")
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(now()))
                .header(WebhookSignature.SIGNATURE_HEADER, "v1=abc")
                .body(body)
                .when()
                .post("/webhooks/zoom")
                .then()
                .statusCode(401);
    }

    @Test
    void countsRefusalsByReason() {
        Deliveries.post("/webhooks/zoom", Deliveries.uniqueEvent("meeting.started"), "wrong", now())
                .statusCode(401);
        given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(Matchers.containsString("switchboard_webhook_rejected_total{reason=\"signature_mismatch\"}"));
    }

    private static long now() {
        return Instant.now().getEpochSecond();
    }
}
