package io.switchboard.simulator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the traffic generator plays also happens in the simulated account: users it creates, deactivates and deletes
 * are so in the directory, and the meetings and calls it plays are in the reports and the call history afterwards.
 */
@QuarkusTest
class TrafficChangesTheAccountTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACCOUNT = "SIMACCOUNTTRAFFIC";

    private static WebhookReceiver receiver;
    private static List<JsonNode> events;
    private static String token;

    /** Plays one run for all the tests of the class (RestAssured knows the test port only once a test runs). */
    @BeforeEach
    void playTrafficOnce() {
        if (events != null) {
            return;
        }
        receiver = new WebhookReceiver(body -> 204);
        String runId = given().contentType("application/json")
                .body(Map.of(
                        "target",
                        receiver.url(),
                        "secret",
                        WebhookReceiver.SECRET,
                        "accountId",
                        ACCOUNT,
                        "events",
                        600,
                        "ratePerSecond",
                        2000,
                        "seed",
                        11))
                .when()
                .post("/_sim/traffic")
                .then()
                .statusCode(202)
                .extract()
                .path("runId");
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> given().get("/_sim/traffic/{id}", runId)
                        .then()
                        .extract()
                        .<Boolean>path("finished"));
        events = receiver.bodies.stream()
                .map(TrafficChangesTheAccountTest::parse)
                .sorted(Comparator.comparingLong(event -> event.path("event_ts").asLong()))
                .toList();
        token = SimTokens.serverToServer("traffic-s2s", "traffic-secret", ACCOUNT);
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @Test
    void usersTheTrafficCreatesDeactivatesAndDeletesAreSoInTheDirectory() {
        Map<String, String> lastChange = new LinkedHashMap<>();
        for (JsonNode event : events) {
            String type = event.path("event").asText();
            if (type.startsWith("user.") && !"user.updated".equals(type)) {
                lastChange.put(event.path("payload").path("object").path("id").asText(), type);
            }
        }
        assertTrue(lastChange.containsValue("user.created"), "the run created users");
        assertTrue(lastChange.containsValue("user.deactivated"), "the run deactivated users");
        assertTrue(lastChange.containsValue("user.deleted"), "the run deleted users");
        lastChange.forEach((userId, change) -> {
            var user = given().auth()
                    .oauth2(token)
                    .when()
                    .get("/v2/users/{id}", userId)
                    .then();
            switch (change) {
                case "user.created" -> user.statusCode(200).body("status", is("active"));
                case "user.deactivated" -> user.statusCode(200).body("status", is("inactive"));
                default -> user.statusCode(404).body("code", is(1001));
            }
        });
    }

    @Test
    void meetingsTheTrafficPlaysAreInTheReportsWithTheirParticipants() {
        List<JsonNode> ended = ofType("meeting.ended");
        assertFalse(ended.isEmpty(), "the run played meetings");
        // A sample: the participants API is Medium (20 calls a second on Pro), and the simulator enforces that too.
        for (JsonNode end : ended.subList(0, Math.min(8, ended.size()))) {
            JsonNode meeting = end.path("payload").path("object");
            String uuid = meeting.path("uuid").asText();
            long joined = events.stream()
                    .filter(e ->
                            "meeting.participant_joined".equals(e.path("event").asText()))
                    .filter(e -> uuid.equals(
                            e.path("payload").path("object").path("uuid").asText()))
                    .count();
            given().auth()
                    .oauth2(token)
                    .urlEncodingEnabled(false)
                    .when()
                    .get(ZoomPaths.participants(uuid))
                    .then()
                    .statusCode(200)
                    .body("total_records", is((int) joined));
        }
        String host =
                ended.get(0).path("payload").path("object").path("host_id").asText();
        List<String> hosted = given().auth()
                .oauth2(token)
                .queryParam("from", "2026-11-22")
                .queryParam("to", "2026-11-23")
                .when()
                .get("/v2/report/users/{id}/meetings", host)
                .then()
                .statusCode(200)
                .extract()
                .path("meetings.uuid");
        assertTrue(hosted.contains(
                ended.get(0).path("payload").path("object").path("uuid").asText()));
    }

    @Test
    void callsTheTrafficPlaysAreInTheCallHistory() {
        List<String> played = events.stream()
                .filter(e -> e.path("event").asText().endsWith("_call_history_completed"))
                .map(e -> e.path("payload")
                        .path("object")
                        .path("call_logs")
                        .get(0)
                        .path("call_id")
                        .asText())
                .toList();
        assertFalse(played.isEmpty(), "the run played calls");
        List<String> history = given().auth()
                .oauth2(token)
                .queryParam("from", "2026-11-22")
                .queryParam("to", "2026-11-23")
                .queryParam("page_size", 300)
                .when()
                .get("/v2/phone/call_history")
                .then()
                .statusCode(200)
                .extract()
                .path("call_history.call_id");
        assertEquals(played.size(), history.size());
        assertTrue(history.containsAll(played));
    }

    private static List<JsonNode> ofType(String type) {
        return events.stream()
                .filter(e -> type.equals(e.path("event").asText()))
                .toList();
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
