package io.switchboard.usermapping;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.switchboard.rest.problem.Problem;
import io.switchboard.testing.SharedInfrastructure;
import io.switchboard.testing.TestTokens;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** A REST call while PostgreSQL is away is a dependency that is down: 503 with Retry-After, never a 500. */
@QuarkusTest
class DatabaseOutageTest {

    private static final String ORG = "outage-" + UUID.randomUUID();

    @Test
    void aReadWhileTheDatabaseIsDownAnswers503WithRetryAfter() {
        SharedInfrastructure.withPostgresStopped(() -> given().auth()
                .oauth2(TestTokens.member(ORG))
                .when()
                .get("/orgs/{org}/profiles/{id}", ORG, "p-1")
                .then()
                .statusCode(503)
                .contentType(Problem.MEDIA_TYPE)
                .header("Retry-After", is("5"))
                .body("type", is(Problem.TYPE_PREFIX + "dependency-unavailable"))
                .body("detail", is("The database is unreachable right now; try again shortly.")));
    }

    @Test
    void aWriteWhileTheDatabaseIsDownAnswers503AndTheServiceServesOnceItIsBack() {
        String body = "{\"email\":\"grace@example.com\",\"displayName\":\"Grace\"}";
        SharedInfrastructure.withPostgresStopped(
                () -> put("p-2", body).then().statusCode(503).header("Retry-After", notNullValue()));

        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> put("p-2", body).statusCode() == 201);
    }

    private static Response put(String id, String body) {
        return given().auth()
                .oauth2(TestTokens.admin(ORG))
                .contentType("application/json")
                .body(body)
                .when()
                .put("/orgs/{org}/profiles/{id}", ORG, id);
    }
}
