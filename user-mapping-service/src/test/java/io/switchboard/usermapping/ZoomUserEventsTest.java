package io.switchboard.usermapping;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.switchboard.events.Topics;
import io.switchboard.testing.SimulatorControl;
import io.switchboard.testing.TestSql;
import io.switchboard.testing.TestTokens;
import io.vertx.mutiny.sqlclient.Pool;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Between imports the directory follows Zoom's user webhooks: merged, deduplicated, newest event_ts wins. */
@QuarkusTest
class ZoomUserEventsTest {

    private final Pool database;

    ZoomUserEventsTest(Pool database) {
        this.database = database;
    }

    private record Fixture(String org, String account, UUID connection, String userId) {}

    private static Fixture fixture() {
        String org = "org-" + UUID.randomUUID();
        Profiles.put(org, "p-person", "old@hooks.example");
        String account = ImportTest.account();
        List<String> ids =
                SimulatorControl.directory(account, List.of(SimulatorControl.user("old@hooks.example", "active")));
        UUID connection = Directories.newConnection(account);
        Directories.connectAndImport(org, connection);
        return new Fixture(org, account, connection, ids.get(0));
    }

    @Test
    void anEmailChangeIsMergedAndTheOldAddressKeepsMatchingAsAnAlias() {
        Fixture f = fixture();
        long now = System.currentTimeMillis();

        deliver(f, "user.updated", now, "{\"id\":\"" + f.userId() + "\",\"email\":\"new@hooks.example\"}");

        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> user(f).body("items[0].email", is("new@hooks.example"))
                        .body("items[0].aliases", contains("old@hooks.example"))
                        .body("items[0].displayName", is("Sim User"))
                        .body("items[0].profileId", is("p-person")));
    }

    @Test
    void theMergedUsersRecordCarriesTheWholeUserAndItsAliases() {
        Fixture f = fixture();

        deliver(
                f,
                "user.updated",
                System.currentTimeMillis(),
                "{\"id\":\"" + f.userId() + "\",\"email\":\"new@hooks.example\"}");

        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> String.valueOf(Directories.latest(Topics.ZOOM_USERS, f.connection())
                                .get(f.userId()))
                        .contains("new@hooks.example"));
        io.restassured.path.json.JsonPath record = new io.restassured.path.json.JsonPath(
                Directories.latest(Topics.ZOOM_USERS, f.connection()).get(f.userId()));
        assertEquals(f.org(), record.getString("orgId"));
        assertEquals(f.connection().toString(), record.getString("connectionId"));
        assertEquals(f.account(), record.getString("zoomAccountId"));
        assertEquals(f.userId(), record.getString("zoomUserId"));
        assertEquals("new@hooks.example", record.getString("email"));
        assertEquals(List.of("old@hooks.example"), record.getList("aliases"));
        assertEquals("active", record.getString("status"));
        assertEquals("new@hooks.example", record.getString("user.email"), "the merged Zoom record");
        assertEquals("Sim", record.getString("user.first_name"));
    }

    @Test
    void anOlderEventArrivingLateChangesNothing() {
        Fixture f = fixture();
        long now = System.currentTimeMillis();
        deliver(f, "user.deactivated", now + 1_000, "{\"id\":\"" + f.userId() + "\"}");
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> user(f).body("items[0].status", is("inactive")));

        deliver(f, "user.activated", now, "{\"id\":\"" + f.userId() + "\"}");
        deliver(f, "user.updated", now + 2_000, "{\"id\":\"" + f.userId() + "\",\"dept\":\"Sales\"}");

        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> user(f).body("items[0].status", is("inactive")));
    }

    @Test
    void aDeletedUserIsRemovedAndItsMappingTombstoned() {
        Fixture f = fixture();
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> Directories.latest(Topics.MAPPINGS, f.connection()).get(f.userId()) != null);

        deliver(f, "user.deleted", System.currentTimeMillis(), "{\"id\":\"" + f.userId() + "\"}");

        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> Directories.latest(Topics.MAPPINGS, f.connection()).get(f.userId()) == null
                        && Directories.latest(Topics.ZOOM_USERS, f.connection()).get(f.userId()) == null);
        user(f).body("items", org.hamcrest.Matchers.empty());
        assertEquals(
                0,
                TestSql.number(database, "select count(*) from mapping where connection_id = $1", f.connection()),
                "its mapping row went with it");
    }

    private static ValidatableResponse user(Fixture f) {
        return given().auth()
                .oauth2(TestTokens.member(f.org()))
                .when()
                .get("/orgs/{org}/connections/{id}/zoom-users?limit=10", f.org(), f.connection())
                .then()
                .statusCode(200);
    }

    private static void deliver(Fixture f, String type, long eventTs, String object) {
        Directories.zoomUserEvent(f.account(), f.userId(), type, eventTs, object);
    }
}
