package io.switchboard.simulator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The traffic generator delivers signed, Zoom-shaped webhooks with Zoom's duplicates, retries and checks. */
@QuarkusTest
class TrafficTest {

    private static final String SECRET = WebhookReceiver.SECRET;

    private WebhookReceiver receiver;

    @AfterEach
    void stopReceiver() {
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void deliversSignedZoomEventsWithZoomsHeaders() {
        String target = receiver(body -> 200);
        String runId = start(target, 40, 0.0, 1);
        awaitFinished(runId);
        given().when()
                .get("/_sim/traffic/{id}", runId)
                .then()
                .body("delivered", is(40))
                .body("dropped", is(0));
        assertEquals(40, receiver.bodies.size());
        assertTrue(
                receiver.signaturesValid.stream().allMatch(Boolean::booleanValue),
                "every delivery verifies with the secret");
        assertTrue(receiver.bodies.stream()
                .anyMatch(b -> b.contains("\"event\":\"meeting.participant_joined\"")
                        || b.contains("\"event\":\"webinar.participant_joined\"")));
        assertTrue(receiver.bodies.stream().allMatch(b -> b.contains("\"account_id\":\"SIMACCOUNT00000001\"")));
    }

    @Test
    void sendsDuplicatesWhenAsked() {
        String target = receiver(body -> 204);
        String runId = start(target, 10, 1.0, 1);
        awaitFinished(runId);
        assertEquals(20, receiver.bodies.size());
        Map<String, Integer> copies = new HashMap<>();
        receiver.bodies.forEach(b -> copies.merge(b, 1, Integer::sum));
        assertTrue(copies.values().stream().allMatch(count -> count == 2));
    }

    @Test
    void retriesServerErrorsThreeTimesThenDropsButNeverRetriesA4xx() {
        String failing = receiver(body -> 503);
        String runId = start(failing, 5, 0.0, 1);
        awaitFinished(runId);
        given().when()
                .get("/_sim/traffic/{id}", runId)
                .then()
                .body("dropped", is(5))
                .body("retries", is(15));
        assertEquals(20, receiver.bodies.size());
        stopReceiver();

        receiver.bodies.clear();
        String refusing = receiver(body -> 401);
        String second = start(refusing, 5, 0.0, 1);
        awaitFinished(second);
        given().when()
                .get("/_sim/traffic/{id}", second)
                .then()
                .body("refused", is(5))
                .body("retries", is(0));
        assertEquals(5, receiver.bodies.size());
    }

    @Test
    void checksAnEndpointWithZoomsUrlValidationChallenge() {
        String target = receiver(body -> 200);
        given().contentType("application/json")
                .body(Map.of("target", target, "secret", SECRET))
                .when()
                .post("/_sim/webhooks/validate")
                .then()
                .statusCode(200)
                .body("valid", is(true));
        given().contentType("application/json")
                .body(Map.of("target", target, "secret", "not-the-receivers-secret"))
                .when()
                .post("/_sim/webhooks/validate")
                .then()
                .body("valid", is(false));
    }

    @Test
    void heldBackDeliveriesArriveAfterLaterEvents() {
        String target = receiver(body -> 204);
        String runId = start(target, 30, Map.of("delayedRate", 0.3, "delayMs", 3000));
        awaitFinished(runId);
        int delayed = given().get("/_sim/traffic/{id}", runId).then().extract().path("delayed");
        assertTrue(delayed > 0, "some deliveries were held back");
        assertEquals(30, receiver.bodies.size());
        // The others all arrive within a few milliseconds of the first; the held-back ones three seconds later.
        long first = receiver.arrivalNanos.get(0);
        long late = receiver.arrivalNanos.stream()
                .filter(at -> at - first >= Duration.ofSeconds(2).toNanos())
                .count();
        assertEquals(delayed, late, "exactly the held-back deliveries arrived late");
    }

    @Test
    void neverHasMoreDeliveriesOnTheWireThanAsked() {
        String target = receiver(body -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 204;
        });
        String runId = start(target, 12, Map.of("maxInFlight", 3));
        awaitFinished(runId);
        given().get("/_sim/traffic/{id}", runId).then().body("delivered", is(12));
        assertTrue(receiver.mostAtOnce.get() <= 3, "at most three at once, saw " + receiver.mostAtOnce.get());
        assertTrue(receiver.mostAtOnce.get() > 1, "deliveries overlap up to the limit");
    }

    @Test
    void anUninstallDeliversZoomsSignedAppDeauthorizedWebhook() {
        String target = receiver(body -> 204);
        String runId = given().contentType("application/json")
                .body(Map.of(
                        "clientId",
                        "switchboard-s2s",
                        "accountId",
                        "SIMACCOUNTUNINSTALL",
                        "target",
                        target,
                        "secret",
                        SECRET))
                .when()
                .post("/_sim/installations/revoke")
                .then()
                .statusCode(202)
                .extract()
                .path("runId");
        awaitFinished(runId);
        assertEquals(1, receiver.bodies.size());
        String body = receiver.bodies.get(0);
        assertTrue(receiver.signaturesValid.get(0), "signed with the webhook secret");
        assertTrue(body.startsWith("{\"event\":\"app_deauthorized\""), body);
        assertTrue(body.contains("\"account_id\":\"SIMACCOUNTUNINSTALL\""), body);
        assertTrue(body.contains("\"client_id\":\"switchboard-s2s\""), body);
        assertTrue(body.contains("\"deauthorization_time\":"), body);
    }

    @Test
    void anUninstallOfAnUnknownAppIsRefused() {
        given().contentType("application/json")
                .body(Map.of("clientId", "no-such-app", "accountId", "SIMACCOUNT00000001"))
                .when()
                .post("/_sim/installations/revoke")
                .then()
                .statusCode(404)
                .body("code", is(4700));
    }

    @Test
    void refusesANonsenseRun() {
        given().contentType("application/json")
                .body(Map.of("target", "ftp://x", "secret", SECRET, "events", 1, "ratePerSecond", 1))
                .when()
                .post("/_sim/traffic")
                .then()
                .statusCode(400);
    }

    private String start(String target, int events, double duplicateRate, int reorderWindow) {
        return start(target, events, Map.of("duplicateRate", duplicateRate, "reorderWindow", reorderWindow));
    }

    /** Starts a run of {@code events} at 500/s with {@code settings} on top of the defaults; its id. */
    private static String start(String target, int events, Map<String, Object> settings) {
        Map<String, Object> request = new HashMap<>(settings);
        request.put("target", target);
        request.put("secret", SECRET);
        request.put("events", events);
        request.put("ratePerSecond", 500);
        request.put("retryDelayMs", 20);
        request.put("seed", 7);
        return given().contentType("application/json")
                .body(request)
                .when()
                .post("/_sim/traffic")
                .then()
                .statusCode(202)
                .extract()
                .path("runId");
    }

    private static void awaitFinished(String runId) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String run = given().when()
                    .get("/_sim/traffic/{id}", runId)
                    .then()
                    .extract()
                    .asString();
            assertTrue(run.contains("\"finished\":true"), run);
        });
    }

    private String receiver(Function<String, Integer> status) {
        receiver = new WebhookReceiver(status);
        return receiver.url();
    }
}
