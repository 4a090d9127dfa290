package io.switchboard.license;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.switchboard.rest.problem.Problem;
import io.switchboard.testing.SimulatorControl;
import io.switchboard.testing.TestTokens;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Plan seat usage as Zoom serves it, synced on connect, on a sync request and on demand. */
@QuarkusTest
class PlanUsageTest {

    @AfterEach
    void noFaults() {
        SimulatorControl.clearFaults();
    }

    /** An account of three Licensed users (one of them invited) and one Basic user. */
    private static String account(int seats, boolean master) {
        String account = Licensing.newAccount("PLAN");
        SimulatorControl.directory(
                account,
                List.of(
                        Map.of("email", "a@plan.example", "status", "active", "type", 2),
                        Map.of("email", "b@plan.example", "status", "active", "type", 2),
                        Map.of("email", "c@plan.example", "status", "pending", "type", 2),
                        Map.of("email", "d@plan.example", "status", "active", "type", 1)));
        ZoomPlans.plan(account, seats, master);
        return account;
    }

    private static JsonPath syncedSummary(Licensing licensing) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> licensing.read("/licenses/summary").get("seats") != null);
        return licensing.read("/licenses/summary");
    }

    @Test
    void theSummaryShowsThePlanUsageZoomServesOnceConnected() {
        String account = account(10, false);
        Licensing licensing = Licensing.connectedTo(account).awaitKnown();

        JsonPath summary = syncedSummary(licensing);
        JsonNode served = ZoomPlans.served(account).path("plan_base");
        assertEquals(served.path("hosts").asInt(), summary.getInt("seats.total"));
        assertEquals(served.path("usage").asInt(), summary.getInt("seats.assigned"));
        assertEquals(served.path("hosts").asInt() - served.path("usage").asInt(), summary.getInt("seats.available"));
        assertEquals(served.path("pending").asInt(), summary.getInt("seats.pending"));
        assertEquals(3, summary.getInt("seats.assigned"));
        assertNull(summary.get("seats.activeHosts"));
        assertNotNull(summary.get("lastSyncedAt"));
        assertNull(summary.get("lastSyncError"));
    }

    @Test
    void aMasterAccountsPlanUsageReadsTheSameAndAddsItsActiveHosts() {
        String account = account(8, true);
        Licensing licensing = Licensing.connectedTo(account).awaitKnown();

        JsonPath summary = syncedSummary(licensing);
        assertEquals(8, summary.getInt("seats.total"));
        assertEquals(3, summary.getInt("seats.assigned"));
        assertEquals(
                ZoomPlans.served(account).path("plan_base").path("active_hosts").asInt(),
                summary.getInt("seats.activeHosts"));
    }

    @Test
    void aSyncRequestReadsThePlanAgain() {
        String account = account(10, false);
        Licensing licensing = Licensing.connectedTo(account).awaitKnown();
        syncedSummary(licensing);
        ZoomPlans.plan(account, 25, false);

        licensing.connectionEvent("connection.sync_requested");

        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> licensing.read("/licenses/summary").getInt("seats.total") == 25);
    }

    @Test
    void aSyncAskedForOverRestCallsZoomOnceAndAnswersTheFreshSummary() {
        String account = account(10, false);
        Licensing licensing = Licensing.connectedTo(account).awaitKnown();
        syncedSummary(licensing);
        ZoomPlans.plan(account, 12, false);
        long before = ZoomPlans.calls(account);

        given().auth()
                .oauth2(TestTokens.admin(licensing.org()))
                .when()
                .post(licensing.path("/licenses/sync"))
                .then()
                .statusCode(200)
                .body("seats.total", is(12));
        // Plan usage and roles: two calls at Zoom, nothing more.
        assertEquals(before + 2, ZoomPlans.calls(account));
    }

    @Test
    void aSyncThatZoomFailsIsAProblemAndIsRecordedOnTheSummary() {
        String account = account(10, false);
        Licensing licensing = Licensing.connectedTo(account).awaitKnown();
        syncedSummary(licensing);
        SimulatorControl.faults(Map.of("errorRate", 1.0));

        given().auth()
                .oauth2(TestTokens.admin(licensing.org()))
                .when()
                .post(licensing.path("/licenses/sync"))
                .then()
                .statusCode(503)
                .contentType(Problem.MEDIA_TYPE);
        SimulatorControl.clearFaults();
        JsonPath summary = licensing.read("/licenses/summary");
        assertNotNull(summary.get("lastSyncError"), summary.prettify());
        assertEquals(10, summary.getInt("seats.total"));
    }

    @Test
    void eachSyncKeepsTheDaysSnapshotInTheHistory() {
        String account = account(10, false);
        Licensing licensing = Licensing.connectedTo(account).awaitKnown();
        syncedSummary(licensing);

        JsonPath history = licensing.read("/licenses/history");
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertEquals(List.of(today), history.getList("days.day"));
        assertEquals(10, history.getInt("days[0].total"));
        assertEquals(7, history.getInt("days[0].available"));
    }

    @Test
    void onlyWritersMaySyncAndAnotherOrganisationSeesNothing() {
        String account = account(10, false);
        Licensing licensing = Licensing.connectedTo(account).awaitKnown();

        given().auth()
                .oauth2(TestTokens.member(licensing.org()))
                .when()
                .post(licensing.path("/licenses/sync"))
                .then()
                .statusCode(403)
                .contentType(Problem.MEDIA_TYPE);
        String other = "org-other-" + account;
        given().auth()
                .oauth2(TestTokens.admin(other))
                .when()
                .get("/orgs/" + other + "/connections/" + licensing.connection() + "/licenses/summary")
                .then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void badHistoryRangesAre400Problems() {
        Licensing licensing = Licensing.connectedTo(account(1, false)).awaitKnown();
        for (String query :
                List.of("?from=yesterday", "?from=2026-02-01&to=2026-01-01", "?from=2020-01-01&to=2026-01-01")) {
            given().auth()
                    .oauth2(TestTokens.member(licensing.org()))
                    .when()
                    .get(licensing.path("/licenses/history" + query))
                    .then()
                    .statusCode(400)
                    .contentType(Problem.MEDIA_TYPE);
        }
    }
}
