package io.switchboard.license;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.switchboard.rest.problem.Problem;
import io.switchboard.testing.SimulatorControl;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each refusal by Zoom answers its own clear problem (never a bare 500), and a failed action is audited. */
@QuarkusTest
class ZoomErrorProblemsTest {

    private static final String PROBLEM = Problem.TYPE_PREFIX;

    private final Pool database;

    ZoomErrorProblemsTest(Pool database) {
        this.database = database;
    }

    @Test
    void aUserZoomDoesNotKnowIsA404ProblemAndAuditedAsFailed() {
        ActionFixture zoom = ActionFixture.connect(database, List.of());

        problem(zoom.asAdmin().when().post(zoom.accounts() + "/{id}/deactivate", "uNOBODY"), 404)
                .body("type", is(PROBLEM + "zoom-user-not-found"));

        Row audit = zoom.audit().get(0);
        assertEquals("failed", audit.getString("outcome"));
        assertEquals(404, audit.getInteger("zoom_status"));
        assertEquals(1001, audit.getInteger("zoom_code"));
    }

    @Test
    void noFreeSeatIsA409Problem() {
        ActionFixture zoom = ActionFixture.connect(
                database,
                List.of(
                        ActionFixture.user("ta@a.example", "active", 2),
                        ActionFixture.user("tb@a.example", "active", 1)));
        SimulatorControl.seats(zoom.account(), 1);

        problem(
                        zoom.asAdmin()
                                .body(Map.of("type", 2))
                                .when()
                                .patch(zoom.accounts() + "/{id}", zoom.ids().get(1)),
                        409)
                .body("type", is(PROBLEM + "no-seat-available"));

        zoom.atZoom(zoom.ids().get(1)).then().body("type", is(1));
    }

    @Test
    void theAccountOwnerCannotBeDeactivatedDowngradedOrRemoved() {
        ActionFixture zoom = ActionFixture.connect(database, List.of(SimulatorControl.owner("boss@a.example")));
        String owner = zoom.ids().get(0);

        problem(zoom.asAdmin().when().post(zoom.accounts() + "/{id}/deactivate", owner), 409)
                .body("type", is(PROBLEM + "zoom-user-protected"));
        problem(zoom.asAdmin().body(Map.of("type", 1)).when().patch(zoom.accounts() + "/{id}", owner), 409)
                .body("type", is(PROBLEM + "zoom-user-protected"));
        problem(zoom.asAdmin().queryParam("action", "delete").when().delete(zoom.accounts() + "/{id}", owner), 409)
                .body("type", is(PROBLEM + "zoom-user-protected"));

        zoom.atZoom(owner).then().statusCode(200).body("status", is("active")).body("type", is(2));
    }

    @Test
    void theDailyCreateLimitIsA503ProblemWithRetryAfter() {
        ActionFixture zoom = ActionFixture.connect(database, List.of());
        SimulatorControl.createLimit(zoom.account(), 1);
        zoom.asAdmin()
                .body(Map.of("email", "ua@a.example", "type", 1))
                .when()
                .post(zoom.accounts())
                .then()
                .statusCode(201);

        problem(
                        zoom.asAdmin()
                                .body(Map.of("email", "ub@a.example", "type", 1))
                                .when()
                                .post(zoom.accounts()),
                        503)
                .body("type", is(PROBLEM + "zoom-daily-limit"))
                .header("Retry-After", notNullValue());

        zoom.atZoom("ub@a.example").then().statusCode(404);
    }

    @Test
    void zoomFailingIsA503ProblemWithRetryAfterAndChangesNothing() {
        ActionFixture zoom = ActionFixture.connect(database, List.of(ActionFixture.user("va@a.example", "active", 2)));
        SimulatorControl.faults(Map.of("errorRate", 1.0));
        try {
            problem(
                            zoom.asAdmin()
                                    .when()
                                    .post(
                                            zoom.accounts() + "/{id}/deactivate",
                                            zoom.ids().get(0)),
                            503)
                    .body("type", is(PROBLEM + "zoom-unavailable"))
                    .header("Retry-After", notNullValue());
        } finally {
            SimulatorControl.clearFaults();
        }

        assertEquals("active", zoom.local(zoom.ids().get(0)).getString("status"));
    }

    @Test
    void zoomsRateLimitIsA503ProblemWithRetryAfter() {
        ActionFixture zoom = ActionFixture.connect(database, List.of(ActionFixture.user("wa@a.example", "active", 2)));
        SimulatorControl.faults(Map.of("force429", true, "retryAfterSeconds", 1));
        try {
            problem(
                            zoom.asAdmin()
                                    .when()
                                    .post(
                                            zoom.accounts() + "/{id}/activate",
                                            zoom.ids().get(0)),
                            503)
                    .body("type", is(PROBLEM + "zoom-rate-limited"))
                    .body("detail", containsString("rate limit"))
                    .header("Retry-After", notNullValue());
        } finally {
            SimulatorControl.clearFaults();
        }
    }

    private static ValidatableResponse problem(io.restassured.response.Response response, int status) {
        return response.then().statusCode(status).contentType(Problem.MEDIA_TYPE);
    }
}
