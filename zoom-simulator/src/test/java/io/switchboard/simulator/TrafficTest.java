package io.switchboard.simulator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.zoom.WebhookSignature;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The traffic generator delivers signed, Zoom-shaped webhooks with Zoom's duplicates, retries and checks. */
@QuarkusTest
class TrafficTest {

    private static final String SECRET = "receiver-secret";

    private HttpServer receiver;
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final List<Boolean> signaturesValid = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopReceiver() {
        if (receiver != null) {
            receiver.stop(0);
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
        assertEquals(40, bodies.size());
        assertTrue(signaturesValid.stream().allMatch(Boolean::booleanValue), "every delivery verifies with the secret");
        assertTrue(bodies.stream()
                .anyMatch(b -> b.contains("\"event\":\"meeting.participant_joined\"")
                        || b.contains("\"event\":\"webinar.participant_joined\"")));
        assertTrue(bodies.stream().allMatch(b -> b.contains("\"account_id\":\"SIMACCOUNT00000001\"")));
    }

    @Test
    void sendsDuplicatesWhenAsked() {
        String target = receiver(body -> 204);
        String runId = start(target, 10, 1.0, 1);
        awaitFinished(runId);
        assertEquals(20, bodies.size());
        Map<String, Integer> copies = new HashMap<>();
        bodies.forEach(b -> copies.merge(b, 1, Integer::sum));
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
        assertEquals(20, bodies.size());
        stopReceiver();

        bodies.clear();
        String refusing = receiver(body -> 401);
        String second = start(refusing, 5, 0.0, 1);
        awaitFinished(second);
        given().when()
                .get("/_sim/traffic/{id}", second)
                .then()
                .body("refused", is(5))
                .body("retries", is(0));
        assertEquals(5, bodies.size());
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
    void refusesANonsenseRun() {
        given().contentType("application/json")
                .body(Map.of("target", "ftp://x", "secret", SECRET, "events", 1, "ratePerSecond", 1))
                .when()
                .post("/_sim/traffic")
                .then()
                .statusCode(400);
    }

    private String start(String target, int events, double duplicateRate, int reorderWindow) {
        return given().contentType("application/json")
                .body(Map.of(
                        "target", target,
                        "secret", SECRET,
                        "events", events,
                        "ratePerSecond", 500,
                        "duplicateRate", duplicateRate,
                        "reorderWindow", reorderWindow,
                        "retryDelayMs", 20,
                        "seed", 7))
                .when()
                .post("/_sim/traffic")
                .then()
                .statusCode(202)
                .extract()
                .path("runId");
    }

    private static void awaitFinished(String runId) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> given().when()
                        .get("/_sim/traffic/{id}", runId)
                        .then()
                        .extract()
                        .<Boolean>path("finished"));
    }

    /** A webhook endpoint that checks signatures, answers url_validation correctly, and otherwise {@code status}. */
    private String receiver(Function<String, Integer> status) {
        try {
            receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        receiver.createContext("/hook", exchange -> handle(exchange, status));
        receiver.start();
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    private void handle(HttpExchange exchange, Function<String, Integer> status) throws IOException {
        byte[] raw = exchange.getRequestBody().readAllBytes();
        String body = new String(raw, StandardCharsets.UTF_8);
        String timestamp = exchange.getRequestHeaders().getFirst(WebhookSignature.TIMESTAMP_HEADER);
        String signature = exchange.getRequestHeaders().getFirst(WebhookSignature.SIGNATURE_HEADER);
        boolean valid =
                signature != null && signature.equals(WebhookSignature.sign(SECRET, Long.parseLong(timestamp), raw));
        if (body.contains("endpoint.url_validation")) {
            String plain = body.replaceAll(".*\"plainToken\":\"([^\"]+)\".*", "$1");
            String answer = "{\"plainToken\":\"" + plain + "\",\"encryptedToken\":\""
                    + WebhookSignature.encryptToken(WebhookSignature.key(SECRET), plain) + "\"}";
            byte[] out = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(valid ? 200 : 401, valid ? out.length : -1);
            if (valid) {
                exchange.getResponseBody().write(out);
            }
            exchange.close();
            return;
        }
        bodies.add(body);
        signaturesValid.add(valid);
        exchange.sendResponseHeaders(status.apply(body), -1);
        exchange.close();
    }
}
