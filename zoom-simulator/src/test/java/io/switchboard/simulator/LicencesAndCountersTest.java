package io.switchboard.simulator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Licences on the simulated account (seats, {@code PATCH /users/{id}}, the user summary, plan usage in both shapes),
 * past meeting instances, one-shot 429s with {@code Retry-After}, and the API's answer counters.
 */
@QuarkusTest
class LicencesAndCountersTest {

    private static final String ACCOUNT = "SIMACCOUNTLICENCE";

    @AfterEach
    void restore() {
        given().when().delete("/_sim/faults").then().statusCode(204);
        plan(150, false);
    }

    @Test
    void makingAUserLicensedNeedsAFreeSeat() {
        String token = token();
        int used = given().auth()
                .oauth2(token)
                .when()
                .get("/v2/accounts/me/plans/usage")
                .then()
                .statusCode(200)
                .body("plan_base", not(hasKey("active_hosts")))
                .extract()
                .path("plan_base.usage");
        plan(used, false);
        String basic = userOfType(token, 1);
        given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(Map.of("type", 2))
                .when()
                .patch("/v2/users/{id}", basic)
                .then()
                .statusCode(400)
                .body("code", is(2034));
        given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(Map.of("type", 1))
                .when()
                .patch("/v2/users/{id}", userOfType(token, 2))
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(Map.of("type", 2))
                .when()
                .patch("/v2/users/{id}", basic)
                .then()
                .statusCode(204);
    }

    @Test
    void summarisesUsersAndAnswersPlanUsageInTheMasterShapeWhenAsked() {
        String token = token();
        given().auth()
                .oauth2(token)
                .when()
                .get("/v2/users/summary")
                .then()
                .statusCode(200)
                .body("total_users_count", is(120))
                .body("licensed_users_count", greaterThan(0))
                .body("pending_users_count", greaterThan(0));
        plan(300, true);
        given().auth()
                .oauth2(token)
                .when()
                .get("/v2/accounts/me/plans/usage")
                .then()
                .statusCode(200)
                .body("plan_base.hosts", is(300))
                .body("plan_base.active_hosts", greaterThan(0))
                .body("plan_large_meeting[0].type", notNullValue());
    }

    @Test
    void listsTheInstancesOfAPastMeetingAndRefusesAwkwardUuidsEncodedOnce() {
        String token = token();
        String host = given().auth()
                .oauth2(token)
                .when()
                .get("/v2/report/users")
                .then()
                .extract()
                .path("users[0].id");
        List<Map<String, Object>> meetings = given().auth()
                .oauth2(token)
                .when()
                .get("/v2/report/users/{id}/meetings", host)
                .then()
                .extract()
                .path("meetings");
        Map<String, Object> meeting = meetings.get(0);
        given().auth()
                .oauth2(token)
                .when()
                .get("/v2/past_meetings/{id}/instances", meeting.get("id").toString())
                .then()
                .statusCode(200)
                .body("meetings[0].uuid", is(meeting.get("uuid")));
        given().auth()
                .oauth2(token)
                .urlEncodingEnabled(false)
                .when()
                .get("/v2/past_meetings/%2Fabc%2F%2Fdef%3D%3D/participants")
                .then()
                .statusCode(404);
    }

    @Test
    void forcesOnlyTheNext429sWithRetryAfterAndCountsEveryAnswer() {
        String token = token();
        Map<String, Integer> before = counters();
        given().contentType("application/json")
                .body(Map.of("force429Count", 1, "retryAfterSeconds", 2))
                .when()
                .post("/_sim/faults")
                .then()
                .statusCode(200)
                .body("force429Count", is(1));
        given().auth()
                .oauth2(token)
                .when()
                .get("/v2/users/me")
                .then()
                .statusCode(429)
                .header("Retry-After", "2");
        given().auth().oauth2(token).when().get("/v2/users/me").then().statusCode(200);
        Map<String, Integer> after = counters();
        assertEquals(2, delta(before, after, "api.calls." + ACCOUNT));
        assertEquals(1, delta(before, after, "api.status.429." + ACCOUNT));
        assertEquals(1, delta(before, after, "api.status.200." + ACCOUNT));
    }

    private static Map<String, Integer> counters() {
        return given().when()
                .get("/_sim/counters")
                .then()
                .statusCode(200)
                .extract()
                .path("$");
    }

    private static int delta(Map<String, Integer> before, Map<String, Integer> after, String name) {
        return after.getOrDefault(name, 0) - before.getOrDefault(name, 0);
    }

    private static void plan(int seats, boolean master) {
        given().contentType("application/json")
                .body(Map.of("seats", seats, "master", master))
                .when()
                .put("/_sim/accounts/{id}/plan", ACCOUNT)
                .then()
                .statusCode(200);
    }

    private static String userOfType(String token, int type) {
        List<Map<String, Object>> users = given().auth()
                .oauth2(token)
                .queryParam("page_size", 300)
                .when()
                .get("/v2/users")
                .then()
                .extract()
                .path("users");
        return users.stream()
                .filter(user -> Integer.valueOf(type).equals(user.get("type")))
                .map(user -> (String) user.get("id"))
                .findFirst()
                .orElseThrow();
    }

    private static String token() {
        return SimTokens.serverToServer("licence-s2s", "licence-secret", ACCOUNT);
    }
}
