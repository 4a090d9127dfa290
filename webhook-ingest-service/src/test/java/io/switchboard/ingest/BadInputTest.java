package io.switchboard.ingest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.rest.problem.Problem;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Bad deliveries get a clear 4xx problem, are counted, and the service goes on serving. */
@QuarkusTest
class BadInputTest {

    @AfterEach
    void stillServes() {
        Deliveries.post(Deliveries.uniqueEvent("meeting.started")).statusCode(204);
    }

    @Test
    void answersVerifiedButMalformedJsonWith400() {
        Deliveries.post("{\"event\": \"meeting.started\", ".getBytes(StandardCharsets.UTF_8))
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE);
        given().when()
                .get("/q/metrics")
                .then()
                .body(containsString("switchboard_webhook_deliveries_total{event=\"other\",outcome=\"malformed\"}"));
    }

    @Test
    void answersJsonThatIsNotAZoomEventWith400() {
        Deliveries.post("[1,2,3]".getBytes(StandardCharsets.UTF_8))
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE);
        Deliveries.post("{\"payload\":{}}".getBytes(StandardCharsets.UTF_8)).statusCode(400);
    }

    @Test
    void answersAnOversizedBodyWith413() {
        byte[] big = ("{\"event\":\"meeting.started\",\"pad\":\"" + "x".repeat(300_000) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        Deliveries.post(
                        "/webhooks/zoom",
                        big,
                        Deliveries.DEFAULT_SECRET,
                        Instant.now().getEpochSecond())
                .statusCode(413)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void answersAnotherContentTypeWith415() {
        given().contentType("text/plain")
                .body("hello")
                .when()
                .post("/webhooks/zoom")
                .then()
                .statusCode(415)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void answersAnotherMethodWith405() {
        given().when().get("/webhooks/zoom").then().statusCode(405).contentType(Problem.MEDIA_TYPE);
    }
}
