package io.switchboard.license;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.testing.SimulatorControl;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A reclaim shows its plan without touching Zoom, and run for real acts on each planned user once. */
@QuarkusTest
class ReclaimTest {

    private final Pool database;

    ReclaimTest(Pool database) {
        this.database = database;
    }

    @Test
    void aDryRunAnswersThePlanAndChangesNothingAtZoom() {
        ActionFixture zoom = threeUsers();

        zoom.asAdmin()
                .body(Map.of("zoomUserIds", zoom.ids(), "action", "downgrade"))
                .when()
                .post(zoom.licenses() + "/reclaim")
                .then()
                .statusCode(200)
                .body("dryRun", is(true))
                .body("planned", is(2))
                .body("seatsFreed", is(2))
                .body("plan.willAct", contains(true, true, false))
                .body("plan[2].reason", is("The user is already Basic."))
                .body("results", org.hamcrest.Matchers.empty());

        assertEquals(0, zoom.zoomCalls());
        assertTrue(zoom.audit().isEmpty());
        zoom.atZoom(zoom.ids().get(0)).then().body("type", is(2));
    }

    @Test
    void aRealRunDowngradesExactlyThePlannedUsersOnceEvenWhenRetriedWithTheSameKey() {
        ActionFixture zoom = threeUsers();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("zoomUserIds", zoom.ids(), "action", "downgrade", "dryRun", false);

        String reclaim = zoom.asAdmin()
                .header("Idempotency-Key", key)
                .body(body)
                .when()
                .post(zoom.licenses() + "/reclaim")
                .then()
                .statusCode(200)
                .body("reclaimId", notNullValue())
                .body("acted", is(2))
                .body("skipped", is(1))
                .body("seatsFreed", is(2))
                .body("results.outcome", contains("succeeded", "succeeded", "skipped"))
                .extract()
                .path("reclaimId");
        zoom.asAdmin()
                .header("Idempotency-Key", key)
                .body(body)
                .when()
                .post(zoom.licenses() + "/reclaim")
                .then()
                .statusCode(200)
                .header("Idempotent-Replayed", "true")
                .body("reclaimId", is(reclaim));

        assertEquals(4, zoom.zoomCalls(), "two users read and downgraded, once");
        for (String id : zoom.ids()) {
            zoom.atZoom(id).then().body("type", is(1));
        }
        assertEquals(3, zoom.audit().size());
        assertEquals(1, zoom.local(zoom.ids().get(0)).getInteger("license_type"));
        zoom.events(2);
        zoom.eventsStay(2);
    }

    @Test
    void aUserWhoseZoomStateChangedSinceThePlanIsReportedSkippedNotActedOn() {
        ActionFixture zoom = ActionFixture.connect(database, List.of(ActionFixture.user("ra@a.example", "active", 2)));
        String id = zoom.ids().get(0);
        SimulatorControl.change(zoom.account(), id, Map.of("status", "inactive"));

        zoom.asAdmin()
                .body(Map.of("zoomUserIds", List.of(id), "action", "deactivate", "dryRun", false))
                .when()
                .post(zoom.licenses() + "/reclaim")
                .then()
                .statusCode(200)
                .body("planned", is(1))
                .body("acted", is(0))
                .body("results[0].outcome", is("skipped"))
                .body("results[0].reason", is("The user is already deactivated at Zoom."));

        assertEquals(1, zoom.zoomCalls(), "only the read reached Zoom");
    }

    @Test
    void aUserZoomRefusesIsReportedFailedWithZoomsErrorAndTheOthersStillAct() {
        ActionFixture zoom = ActionFixture.connect(
                database,
                List.of(
                        Map.of("email", "owner@a.example", "status", "active", "type", 2, "role_id", "0"),
                        ActionFixture.user("sa@a.example", "active", 2)));
        // This service has not yet seen the first user's role: only Zoom knows they own the account.
        database.preparedQuery("update zoom_account set role_id = '2' where connection_id = $1")
                .execute(Tuple.of(zoom.connection()))
                .await()
                .atMost(Duration.ofSeconds(10));

        zoom.asAdmin()
                .body(Map.of("zoomUserIds", zoom.ids(), "action", "deactivate", "dryRun", false))
                .when()
                .post(zoom.licenses() + "/reclaim")
                .then()
                .statusCode(200)
                .body("results.outcome", contains("failed", "succeeded"))
                .body("results[0].zoomError.status", is(400))
                .body("results[0].zoomError.code", is(200))
                .body("failed", is(1))
                .body("seatsFreed", is(1));

        zoom.atZoom(zoom.ids().get(0)).then().body("status", is("active"));
        zoom.atZoom(zoom.ids().get(1)).then().body("status", is("inactive"));
    }

    @Test
    void aMemberMayNotReclaim() {
        ActionFixture zoom = threeUsers();
        io.restassured.RestAssured.given()
                .auth()
                .oauth2(io.switchboard.testing.TestTokens.member(zoom.org()))
                .contentType("application/json")
                .body(Map.of("zoomUserIds", zoom.ids(), "action", "downgrade", "dryRun", false))
                .when()
                .post(zoom.licenses() + "/reclaim")
                .then()
                .statusCode(403);

        assertEquals(0, zoom.zoomCalls());
    }

    @Test
    void fromUnusedReclaimsExactlyTheUnusedLicencesOfTheQuery() {
        ActionFixture zoom = threeUsers();
        String active = zoom.ids().get(1);
        database.preparedQuery("update zoom_account set last_login_at = now() - interval '2 days'"
                        + " where connection_id = $1 and zoom_user_id = $2")
                .execute(io.vertx.mutiny.sqlclient.Tuple.of(zoom.connection(), active))
                .await()
                .atMost(java.time.Duration.ofSeconds(10));
        Map<String, Object> fromUnused = Map.of("inactiveDays", 30, "basis", "login");

        zoom.asAdmin()
                .body(Map.of("fromUnused", fromUnused, "action", "downgrade"))
                .when()
                .post(zoom.licenses() + "/reclaim")
                .then()
                .statusCode(200)
                .body("planned", is(1))
                .body("plan.zoomUserId", contains(zoom.ids().get(0)));
        zoom.asAdmin()
                .body(Map.of("fromUnused", fromUnused, "action", "downgrade", "dryRun", false))
                .when()
                .post(zoom.licenses() + "/reclaim")
                .then()
                .statusCode(200)
                .body("acted", is(1));

        zoom.atZoom(zoom.ids().get(0)).then().body("type", is(1));
        zoom.atZoom(active).then().body("type", is(2));
    }

    private ActionFixture threeUsers() {
        return ActionFixture.connect(
                database,
                List.of(
                        ActionFixture.user("pa@a.example", "active", 2),
                        ActionFixture.user("pb@a.example", "active", 2),
                        ActionFixture.user("pc@a.example", "active", 1)));
    }
}
