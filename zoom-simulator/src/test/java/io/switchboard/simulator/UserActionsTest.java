package io.switchboard.simulator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Zoom's user actions, plan usage and roles on the simulated account. */
@QuarkusTest
class UserActionsTest {

    @Test
    void createsDeactivatesAndDeletesAUser() {
        String token = token();
        String email = "new-" + UUID.randomUUID() + "@example.com";
        String id = given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(Map.of(
                        "action",
                        "autoCreate",
                        "user_info",
                        Map.of("email", email, "type", 2, "first_name", "New", "last_name", "Hire")))
                .when()
                .post("/v2/users")
                .then()
                .statusCode(201)
                .body("id", notNullValue())
                .extract()
                .path("id");
        given().auth()
                .oauth2(token)
                .when()
                .get("/v2/users/{id}", id)
                .then()
                .body("status", is("active"))
                .body("type", is(2));

        given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(Map.of("action", "deactivate"))
                .when()
                .put("/v2/users/{id}/status", id)
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(token)
                .when()
                .get("/v2/users/{id}", id)
                .then()
                .body("status", is("inactive"))
                .body("type", is(1));

        given().auth()
                .oauth2(token)
                .queryParam("action", "delete")
                .when()
                .delete("/v2/users/{id}", id)
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(token)
                .when()
                .get("/v2/users/{id}", id)
                .then()
                .statusCode(404)
                .body("code", is(1001));
    }

    @Test
    void refusesADuplicateEmailAndDeletingAPendingUser() {
        String token = token();
        String email = "invite-" + UUID.randomUUID() + "@example.com";
        Map<String, Object> invite = Map.of("action", "create", "user_info", Map.of("email", email, "type", 1));
        String id = given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(invite)
                .when()
                .post("/v2/users")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(invite)
                .when()
                .post("/v2/users")
                .then()
                .statusCode(409)
                .body("code", is(1005));
        given().auth()
                .oauth2(token)
                .queryParam("action", "delete")
                .when()
                .delete("/v2/users/{id}", id)
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(token)
                .queryParam("action", "disassociate")
                .when()
                .delete("/v2/users/{id}", id)
                .then()
                .statusCode(204);
    }

    @Test
    void reportsPlanUsageAndRoles() {
        String token = token();
        given().auth()
                .oauth2(token)
                .when()
                .get("/v2/accounts/me/plans/usage")
                .then()
                .statusCode(200)
                .body("plan_base.hosts", is(150))
                .body("plan_base.usage", greaterThan(0));
        given().auth()
                .oauth2(token)
                .when()
                .get("/v2/accounts/{id}/plans/usage", "someone-else")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(token)
                .when()
                .get("/v2/roles")
                .then()
                .statusCode(200)
                .body("roles", hasSize(3));
    }

    private static String token() {
        return SimTokens.secondAccount();
    }
}
