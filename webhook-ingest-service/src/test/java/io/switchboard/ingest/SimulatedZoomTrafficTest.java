package io.switchboard.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.events.CloudEventHeaders;
import io.switchboard.events.Topics;
import io.switchboard.testing.KafkaTestClient;
import io.switchboard.testing.TestZoom;
import java.net.URL;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Zoom as the simulator plays it (signed deliveries, duplicates, reordering) against the running service and the
 * real broker: the endpoint passes Zoom's check, and every event lands on its topic once per delivery, with one
 * {@code ce_id} per event however often Zoom delivered it.
 */
@QuarkusTest
class SimulatedZoomTrafficTest {

    private static final String ACCOUNT = "SIMACCOUNTINGEST";
    private static final List<String> TOPICS =
            List.of(Topics.ZOOM_MEETING, Topics.ZOOM_WEBINAR, Topics.ZOOM_PHONE, Topics.ZOOM_USER);

    @TestHTTPResource("/webhooks/zoom")
    URL endpoint;

    @Test
    void theEndpointPassesZoomsUrlValidationCheck() {
        given().baseUri(TestZoom.baseUrl())
                .contentType("application/json")
                .body(Map.of("target", endpoint.toString(), "secret", Deliveries.DEFAULT_SECRET))
                .when()
                .post("/_sim/webhooks/validate")
                .then()
                .statusCode(200)
                .body("valid", is(true));
    }

    @Test
    void everySimulatedDeliveryReachesItsTopicAndCopiesShareOneEventId() {
        Map<String, Object> run = play(300, 0.2, 5);
        assertEquals(0, ((Number) run.get("refused")).intValue(), "no delivery was refused");
        assertEquals(0, ((Number) run.get("dropped")).intValue(), "no delivery was dropped");
        int delivered = ((Number) run.get("delivered")).intValue();
        assertTrue(((Number) run.get("duplicates")).intValue() > 0, "Zoom delivered some events twice");

        Map<String, List<ConsumerRecord<String, String>>> byEventId = new HashMap<>();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            byEventId.clear();
            for (String topic : TOPICS) {
                for (ConsumerRecord<String, String> record : KafkaTestClient.readAll(topic)) {
                    if (record.value().contains("\"account_id\":\"" + ACCOUNT + "\"")) {
                        byEventId
                                .computeIfAbsent(
                                        KafkaTestClient.header(record, CloudEventHeaders.ID),
                                        id -> new java.util.ArrayList<>())
                                .add(record);
                    }
                }
            }
            return byEventId.values().stream().mapToInt(List::size).sum() == delivered;
        });
        assertEquals(300, byEventId.size(), "one event id per generated event");
        for (List<ConsumerRecord<String, String>> copies : byEventId.values()) {
            Set<String> bodies = copies.stream().map(ConsumerRecord::value).collect(Collectors.toSet());
            assertEquals(1, bodies.size(), "copies of one event id carry the same body");
            String type = KafkaTestClient.header(copies.get(0), CloudEventHeaders.TYPE);
            assertTrue(copies.get(0).value().contains("\"event\":\"" + type + "\""), "ce_type is the Zoom event");
        }
    }

    private Map<String, Object> play(int events, double duplicateRate, int reorderWindow) {
        String runId = given().baseUri(TestZoom.baseUrl())
                .contentType("application/json")
                .body(Map.of(
                        "target",
                        endpoint.toString(),
                        "secret",
                        Deliveries.DEFAULT_SECRET,
                        "accountId",
                        ACCOUNT,
                        "events",
                        events,
                        "ratePerSecond",
                        500,
                        "duplicateRate",
                        duplicateRate,
                        "reorderWindow",
                        reorderWindow,
                        "seed",
                        3))
                .when()
                .post("/_sim/traffic")
                .then()
                .statusCode(202)
                .extract()
                .path("runId");
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> given().baseUri(TestZoom.baseUrl())
                        .get("/_sim/traffic/{id}", runId)
                        .then()
                        .extract()
                        .<Boolean>path("finished"));
        return given().baseUri(TestZoom.baseUrl())
                .get("/_sim/traffic/{id}", runId)
                .then()
                .extract()
                .jsonPath()
                .getMap("");
    }
}
