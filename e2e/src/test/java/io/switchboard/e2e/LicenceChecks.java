package io.switchboard.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.restassured.path.json.JsonPath;
import io.switchboard.deploy.ServiceSpec;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * license-service in the running stack, as a dashboard uses it: the connected account's seat usage against what the
 * simulated Zoom serves, its users as user-mapping-service published them, and hosting learnt from activity-service.
 */
final class LicenceChecks {

    static final String ACCOUNT = "SIMACCOUNT00000001";

    private final ServiceSpec licence;
    private final ServiceSpec simulator;
    private final String org;
    private final String admin;
    private final String connection;

    LicenceChecks(ServiceSpec licence, ServiceSpec simulator, String org, String admin, String connection) {
        this.licence = licence;
        this.simulator = simulator;
        this.org = org;
        this.admin = admin;
        this.connection = connection;
    }

    /** The summary's seats are the plan usage the simulated Zoom serves, synced when the connection was made. */
    void summaryIsThePlanUsageZoomServes() {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> read("/licenses/summary").get("seats") != null);
        JsonPath summary = read("/licenses/summary");
        JsonPath served = given().baseUri(simulator.url())
                .auth()
                .oauth2(zoomToken())
                .when()
                .get("/v2/accounts/me/plans/usage")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(served.getInt("plan_base.hosts"), summary.getInt("seats.total"));
        assertEquals(served.getInt("plan_base.usage"), summary.getInt("seats.assigned"));
    }

    /** The host of the meeting told through ingest shows its last hosting, and is no unused licence by hosting. */
    void theHostIsKnownToHaveHosted(String hostZoomUserId) {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> read("/zoom-accounts?limit=500")
                                .getString("items.find { it.zoomUserId == '" + hostZoomUserId + "' }.lastHostedAt")
                        != null);
        List<String> unused = read("/licenses/unused?basis=hosting&inactiveDays=30&includeAdmins=true")
                .getList("users.zoomUserId");
        assertFalse(unused.contains(hostZoomUserId), unused.toString());
    }

    /**
     * A reclaim of one Licensed member of the simulated account: the dry run plans the downgrade and leaves Zoom
     * alone, the real run downgrades the user at Zoom once (a retry with the same key replays), and the audit says so.
     */
    void aReclaimDowngradesAtZoomOnce(List<String> spare) {
        String user =
                read("/zoom-accounts?type=2&status=active&role=2&limit=500")
                        .<String>getList("items.zoomUserId")
                        .stream()
                        .filter(id -> !spare.contains(id))
                        .findFirst()
                        .orElseThrow();
        Map<String, Object> plan = Map.of("zoomUserIds", List.of(user), "action", "downgrade");
        JsonPath dryRun = reclaim(plan, null);
        assertEquals(1, dryRun.getInt("planned"));
        assertEquals(2, zoomUser(user).getInt("type"));

        Map<String, Object> run = Map.of("zoomUserIds", List.of(user), "action", "downgrade", "dryRun", false);
        String key = java.util.UUID.randomUUID().toString();
        assertEquals(1, reclaim(run, key).getInt("acted"));
        assertEquals(1, reclaim(run, key).getInt("acted"));
        assertEquals(1, zoomUser(user).getInt("type"));
        List<String> audited = read("/licenses/audit").getList("items.zoomUserId");
        assertEquals(List.of(user), audited);
    }

    private JsonPath reclaim(Map<String, Object> body, String key) {
        var request = given().baseUri(licence.url()).auth().oauth2(admin).contentType("application/json");
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.body(body)
                .when()
                .post("/orgs/" + org + "/connections/" + connection + "/licenses/reclaim")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private JsonPath zoomUser(String zoomUserId) {
        return given().baseUri(simulator.url())
                .auth()
                .oauth2(zoomToken())
                .when()
                .get("/v2/users/" + zoomUserId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    JsonPath read(String rest) {
        return given().baseUri(licence.url())
                .auth()
                .oauth2(admin)
                .when()
                .get("/orgs/" + org + "/connections/" + connection + rest)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** A Zoom access token of the simulated account, from the simulator's control API. */
    String zoomToken() {
        return given().baseUri(simulator.url())
                .contentType("application/json")
                .body(Map.of())
                .when()
                .post("/_sim/accounts/" + ACCOUNT + "/tokens")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }
}
