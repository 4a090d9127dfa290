package io.switchboard.simulator;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.simulator.service.RateLimiter;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Zoom's per-account rate limits, and the faults tests inject through the control API. */
@QuarkusTest
class LimitsAndFaultsTest {

    @AfterEach
    void clearFaults() {
        given().when().delete("/_sim/faults").then().statusCode(204);
    }

    @Test
    void answers429WithZoomsMessageOnceAnAccountExceedsItsPerSecondLimit() {
        String token = token();
        int ok = 0;
        int limited = 0;
        String message = null;
        for (int i = 0; i < 100; i++) {
            var response = given().auth()
                    .oauth2(token)
                    .when()
                    .get("/v2/users/me")
                    .then()
                    .extract();
            if (response.statusCode() == 200) {
                ok++;
            } else if (response.statusCode() == 429) {
                limited++;
                message = response.path("message");
            }
        }
        assertTrue(limited > 0, "100 Light calls in a burst must hit Pro's 30/s limit");
        // 100 calls span at most a few one-second windows of 30 calls each.
        assertTrue(ok <= 30 * 4, "at most 30 calls per second succeed, got " + ok);
        assertEquals(RateLimiter.MESSAGE, message);
    }

    @Test
    void injectsForced429sAndServerErrors() {
        String token = token();
        given().contentType("application/json")
                .body(Map.of("latencyMs", 0, "errorRate", 0.0, "force429", true))
                .when()
                .post("/_sim/faults")
                .then()
                .statusCode(200);
        given().auth().oauth2(token).when().get("/v2/users/me").then().statusCode(429);
        given().contentType("application/json")
                .body(Map.of("latencyMs", 0, "errorRate", 1.0, "force429", false))
                .when()
                .post("/_sim/faults")
                .then()
                .statusCode(200);
        given().auth().oauth2(token).when().get("/v2/users/me").then().statusCode(500);
    }

    @Test
    void injectedLatencyHoldsRequestsBackAndTheirBodiesStillArrive() {
        given().contentType("application/json")
                .body(Map.of("latencyMs", 300, "errorRate", 0.0, "force429", false))
                .when()
                .post("/_sim/faults")
                .then()
                .statusCode(200);
        long started = System.nanoTime();
        // A form body (the token endpoint) and a JSON body (the API) both survive the held-back request.
        String token = SimTokens.secondAccount();
        assertTrue((System.nanoTime() - started) / 1_000_000 >= 300, "the injected latency was added");
        given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(Map.of(
                        "action",
                        "custCreate",
                        "user_info",
                        Map.of("email", "latency." + System.nanoTime() + "@example.com", "type", 1)))
                .when()
                .post("/v2/users")
                .then()
                .statusCode(201);
    }

    @Test
    void refusesNonsenseFaults() {
        given().contentType("application/json")
                .body(Map.of("latencyMs", 0, "errorRate", 2.0, "force429", false))
                .when()
                .post("/_sim/faults")
                .then()
                .statusCode(400);
    }

    private static String token() {
        return SimTokens.serverToServer("ratelimit-s2s", "ratelimit-secret", "SIMACCOUNTRATELIMIT");
    }
}
