package io.switchboard.ingest;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;
import io.switchboard.testing.KafkaTestClient;
import io.switchboard.zoom.WebhookSignature;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Signed deliveries as Zoom sends them, and what of them reached Kafka. */
final class Deliveries {

    static final String DEFAULT_SECRET = "test-secret-default";

    private Deliveries() {}

    /** A delivery to {@code path} signed with {@code secret} at {@code timestamp} (epoch seconds). */
    static ValidatableResponse post(String path, byte[] body, String secret, long timestamp) {
        return given().contentType("application/json; charset=utf-8")
                .header("user-agent", "Zoom Marketplace/1.0a")
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(secret, timestamp, body))
                .header(WebhookSignature.REQUEST_ID_HEADER, UUID.randomUUID().toString())
                .body(body)
                .when()
                .post(path)
                .then();
    }

    /** A delivery to the default app, signed now with its secret. */
    static ValidatableResponse post(byte[] body) {
        return post("/webhooks/zoom", body, DEFAULT_SECRET, Instant.now().getEpochSecond());
    }

    /** A Zoom-shaped event body that no other test sends. */
    static byte[] uniqueEvent(String event) {
        return uniqueEvent(event, System.currentTimeMillis());
    }

    /** A Zoom-shaped event body that no other test sends, which happened at {@code eventTs} (epoch ms). */
    static byte[] uniqueEvent(String event, long eventTs) {
        String body = "{\"event\":\"" + event + "\",\"event_ts\":" + eventTs
                + ",\"payload\":{\"account_id\":\"acc-test\",\"object\":{\"uuid\":\"" + UUID.randomUUID()
                + "\",\"id\":\"" + UUID.randomUUID() + "\"}}}";
        return body.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The records of {@code topic} whose value is exactly {@code body}. A 2xx answer means Kafka acknowledged the
     * write, so reading up to the topic's current end finds them without waiting.
     */
    static List<ConsumerRecord<String, String>> recordsOf(String topic, byte[] body) {
        String value = new String(body, StandardCharsets.UTF_8);
        return KafkaTestClient.readAll(topic).stream()
                .filter(record -> value.equals(record.value()))
                .toList();
    }

    /** Whether any topic this service writes holds a record with exactly {@code body}. */
    static boolean anywhereInKafka(byte[] body) {
        String value = new String(body, StandardCharsets.UTF_8);
        return Arrays.stream(new String[] {
                    "zoom.meeting",
                    "zoom.webinar",
                    "zoom.phone",
                    "zoom.recording",
                    "zoom.user",
                    "zoom.app",
                    "zoom.unrouted"
                })
                .flatMap(topic -> KafkaTestClient.readAll(topic).stream())
                .anyMatch(record -> value.equals(record.value()));
    }
}
