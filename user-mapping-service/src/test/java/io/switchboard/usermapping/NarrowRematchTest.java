package io.switchboard.usermapping;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.switchboard.testing.SimulatorControl;
import io.switchboard.testing.TestTokens;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A change matches again only the Zoom users it can affect, and those include the users that shared an address with
 * what the change took away: each test here fails when the scope misses them.
 */
@QuarkusTest
class NarrowRematchTest {

    private record Fixture(String org, String account, UUID connection, List<String> ids) {}

    private static Fixture imported(List<Map<String, Object>> users) {
        String org = "org-" + UUID.randomUUID();
        Profiles.put(org, "p-one", "one@narrow.example", "shared@narrow.example");
        Profiles.put(org, "p-two", "two@narrow.example", "shared@narrow.example");
        Profiles.put(org, "p-bob", "bob@narrow.example", "bob.b@narrow.example");
        String account = ImportTest.account();
        List<String> ids = SimulatorControl.directory(account, users);
        UUID connection = Directories.newConnection(account);
        Directories.connectAndImport(org, connection);
        return new Fixture(org, account, connection, ids);
    }

    @Test
    void aProfileThatGivesUpASharedAddressLeavesItToTheOtherProfile() {
        Fixture f = imported(List.of(SimulatorControl.user("shared@narrow.example", "active")));
        users(f, "reason=ambiguous_profiles")
                .body("items.zoomUserId", contains(f.ids().get(0)));

        Profiles.put(f.org(), "p-one", "one@narrow.example");

        users(f, "mapped=true").body("items.profileId", contains("p-two"));
    }

    @Test
    void whenOneOfTwoZoomUsersClaimingAProfileLeavesTheOtherIsMapped() {
        Fixture f = imported(List.of(
                SimulatorControl.user("bob@narrow.example", "active"),
                SimulatorControl.user("bob.b@narrow.example", "active")));
        users(f, "reason=profile_claimed_twice").body("items.zoomUserId.size()", org.hamcrest.Matchers.is(2));

        Directories.zoomUserEvent(
                f.account(),
                f.ids().get(1),
                "user.deleted",
                System.currentTimeMillis(),
                "{\"id\":\"" + f.ids().get(1) + "\"}");

        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> users(f, "mapped=true")
                        .body("items.zoomUserId", contains(f.ids().get(0)))
                        .body("items.profileId", contains("p-bob")));
    }

    @Test
    void undoingAManualMappingGivesTheProfileBackToAutomaticMatching() {
        Fixture f = imported(List.of(
                SimulatorControl.user("one@narrow.example", "active"),
                SimulatorControl.user("stranger@narrow.example", "active")));
        manual(f, "put", f.ids().get(1)).statusCode(204);
        users(f, "reason=profile_claimed_twice")
                .body("items.zoomUserId", contains(f.ids().get(0)));

        manual(f, "delete", f.ids().get(1)).statusCode(204);

        users(f, "mapped=true")
                .body("items.zoomUserId", contains(f.ids().get(0)))
                .body("items.source", contains("auto"));
    }

    private static ValidatableResponse users(Fixture f, String query) {
        return given().auth()
                .oauth2(TestTokens.member(f.org()))
                .when()
                .get("/orgs/{org}/connections/{id}/zoom-users?" + query, f.org(), f.connection())
                .then()
                .statusCode(200);
    }

    private static ValidatableResponse manual(Fixture f, String method, String zoomUserId) {
        return given().auth()
                .oauth2(TestTokens.admin(f.org()))
                .contentType("application/json")
                .body(Map.of("connectionId", f.connection().toString(), "zoomUserId", zoomUserId))
                .when()
                .request(method, "/orgs/{org}/profiles/{id}/zoom-mapping", f.org(), "p-one")
                .then();
    }
}
