package io.switchboard.usermapping;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.switchboard.events.Topics;
import io.switchboard.testing.SimulatorControl;
import io.switchboard.testing.TestSql;
import io.switchboard.testing.TestTokens;
import io.vertx.mutiny.sqlclient.Pool;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Matching a connection's Zoom users to the organisation's profiles, and saying why when it cannot. */
@QuarkusTest
class MatchingTest {

    private final Pool database;

    MatchingTest(Pool database) {
        this.database = database;
    }

    /** One connection with a Zoom user for every outcome; profiles written first. */
    private record Fixture(String org, String account, UUID connection, List<String> ids) {}

    private static Fixture fixture() {
        String org = "org-" + UUID.randomUUID();
        Profiles.put(org, "p-ada", "ada@acme.example");
        Profiles.put(org, "p-bob", "bob@acme.example", "bob.b@acme.example");
        Profiles.put(org, "p-twin1", "twin1@acme.example", "shared@acme.example");
        Profiles.put(org, "p-twin2", "twin2@acme.example", "shared@acme.example");
        String account = ImportTest.account();
        List<String> ids = SimulatorControl.directory(
                account,
                List.of(
                        SimulatorControl.user("ADA@acme.example", "active"),
                        SimulatorControl.user("bob@acme.example", "active"),
                        SimulatorControl.user("bob.b@acme.example", "active"),
                        SimulatorControl.user("shared@acme.example", "active"),
                        SimulatorControl.user("stranger@acme.example", "active"),
                        SimulatorControl.user(null, "active"),
                        SimulatorControl.user("invited@acme.example", "pending")));
        UUID connection = Directories.newConnection(account);
        Directories.connectAndImport(org, connection);
        return new Fixture(org, account, connection, ids);
    }

    @Test
    void everyUnmatchedUserCarriesItsReasonInTheMatchReport() {
        Fixture f = fixture();

        JsonPath report = report(f);
        assertEquals(7, report.getInt("total"));
        assertEquals(1, report.getInt("matched"), "only ada matches: bob's profile is claimed twice");
        assertEquals(2, report.getInt("byReason.profile_claimed_twice"));
        assertEquals(1, report.getInt("byReason.ambiguous_profiles"));
        assertEquals(1, report.getInt("byReason.no_profile"));
        assertEquals(1, report.getInt("byReason.no_email"));
        assertEquals(1, report.getInt("byReason.pending"));
        assertEquals(List.of("stranger@acme.example"), report.getList("users.no_profile.email"));
    }

    @Test
    void aMatchedUserIsPublishedOnTheMappingsTopicAsAutomaticAndOn() {
        Fixture f = fixture();

        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> Directories.latest(Topics.MAPPINGS, f.connection())
                        .containsKey(f.ids().get(0)));
        String record =
                Directories.latest(Topics.MAPPINGS, f.connection()).get(f.ids().get(0));
        assertTrue(record.contains("\"profileId\":\"p-ada\""), record);
        assertTrue(record.contains("\"source\":\"auto\"") && record.contains("\"enabled\":true"), record);
        assertEquals(1, Directories.latest(Topics.MAPPINGS, f.connection()).size(), "nobody else is mapped");
    }

    @Test
    void theUsersTabFiltersByMappedAndReason() {
        Fixture f = fixture();

        users(f, "mapped=true").body("items.profileId", contains("p-ada"));
        users(f, "reason=no_profile").body("items.email", contains("stranger@acme.example"));
        users(f, "reason=nonsense").statusCode(400);
    }

    @Test
    void aManualMappingWinsAndSurvivesAReimportAndAnEmailChange() {
        Fixture f = fixture();
        String stranger = f.ids().get(4);

        map(f, "p-ada", stranger).statusCode(204);
        users(f, "mapped=true")
                .body("items.zoomUserId", contains(stranger))
                .body("items[0].changedBy", is("admin@" + f.org()));
        users(f, "reason=profile_claimed_twice")
                .body("items.zoomUserId", hasItem(f.ids().get(0)));

        SimulatorControl.change(f.account(), stranger, Map.of("email", "renamed@acme.example"));
        Directories.announce("connection.sync_requested", f.org(), f.connection());
        Directories.awaitImport(f.org(), f.connection(), 2);

        users(f, "mapped=true")
                .body("items.zoomUserId", contains(stranger))
                .body("items[0].source", is("manual"))
                .body("items[0].aliases", contains("stranger@acme.example"));
    }

    @Test
    void aManualMappingNeedsAZoomUserOfTheOrganisationsConnection() {
        Fixture f = fixture();
        map(f, "p-ada", "no-such-user").statusCode(404);
        given().auth()
                .oauth2(TestTokens.admin("another-" + f.org()))
                .contentType("application/json")
                .body(Map.of(
                        "connectionId",
                        f.connection().toString(),
                        "zoomUserId",
                        f.ids().get(4)))
                .when()
                .put("/orgs/{org}/profiles/{id}/zoom-mapping", "another-" + f.org(), "p-ada")
                .then()
                .statusCode(404);
    }

    @Test
    void switchingAPersonOffKeepsTheMappingDisabledWithItsReason() {
        Fixture f = fixture();

        given().auth()
                .oauth2(TestTokens.admin(f.org()))
                .contentType("application/json")
                .body(Map.of("enabled", false))
                .when()
                .put("/orgs/{org}/profiles/{id}/services/zoom", f.org(), "p-ada")
                .then()
                .statusCode(204);

        users(f, "reason=disabled_by_admin").body("items.profileId", contains("p-ada"));
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> String.valueOf(Directories.latest(Topics.MAPPINGS, f.connection())
                                .get(f.ids().get(0)))
                        .contains("\"enabled\":false"));
    }

    @Test
    void aRemovedConnectionIsPurgedAndEveryKeyTombstoned() {
        Fixture f = fixture();
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> Directories.latest(Topics.MAPPINGS, f.connection()).size() == 1);

        Directories.announce("connection.removed", f.org(), f.connection());

        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> Directories.latest(Topics.ZOOM_USERS, f.connection()).values().stream()
                        .allMatch(value -> value == null));
        assertNull(
                Directories.latest(Topics.MAPPINGS, f.connection()).get(f.ids().get(0)));
        users(f, "limit=10").statusCode(404);
        assertEquals(
                0,
                TestSql.number(database, "select count(*) from mapping where connection_id = $1", f.connection()),
                "no mapping row is left");
    }

    @Test
    void theOrganisationsRulesMatchPlusAddressesAndAliasDomains() {
        String org = "org-" + UUID.randomUUID();
        Profiles.put(org, "p-eve", "eve@acme.example");
        Profiles.put(org, "p-dan", "dan@acme.example");
        String account = ImportTest.account();
        SimulatorControl.directory(
                account,
                List.of(
                        SimulatorControl.user("eve+zoom@acme.example", "active"),
                        SimulatorControl.user("DAN@acme.co.uk", "active")));
        UUID connection = Directories.newConnection(account);
        Directories.connectAndImport(org, connection);
        Fixture f = new Fixture(org, account, connection, List.of());
        users(f, "mapped=true").body("items", empty());

        given().auth()
                .oauth2(TestTokens.admin(org))
                .contentType("application/json")
                .body(Map.of("plusAddressing", true, "domainAliases", Map.of("acme.co.uk", "acme.example")))
                .when()
                .put("/orgs/{org}/matching-rules", org)
                .then()
                .statusCode(200)
                .body("plusAddressing", is(true));

        users(f, "mapped=true").body("items.profileId", containsInAnyOrder("p-eve", "p-dan"));
    }

    private static JsonPath report(Fixture f) {
        return given().auth()
                .oauth2(TestTokens.member(f.org()))
                .when()
                .get("/orgs/{org}/connections/{id}/match-report", f.org(), f.connection())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static io.restassured.response.ValidatableResponse users(Fixture f, String query) {
        return given().auth()
                .oauth2(TestTokens.member(f.org()))
                .when()
                .get("/orgs/{org}/connections/{id}/zoom-users?" + query, f.org(), f.connection())
                .then();
    }

    private static io.restassured.response.ValidatableResponse map(Fixture f, String profile, String zoomUserId) {
        return given().auth()
                .oauth2(TestTokens.admin(f.org()))
                .contentType("application/json")
                .body(Map.of("connectionId", f.connection().toString(), "zoomUserId", zoomUserId))
                .when()
                .put("/orgs/{org}/profiles/{id}/zoom-mapping", f.org(), profile)
                .then();
    }
}
