package io.switchboard.license;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.events.CloudEventHeaders;
import io.switchboard.events.LicenseTypes;
import io.switchboard.rest.problem.Problem;
import io.switchboard.testing.TestTokens;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Each user action does what it says at Zoom, updates the local user, and is audited and published once. */
@QuarkusTest
class ZoomAccountActionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Pool database;

    ZoomAccountActionsTest(Pool database) {
        this.database = database;
    }

    @Test
    void deactivatingDeactivatesAtZoomAndIsAuditedAndPublishedWithTheCallerAsActor() throws Exception {
        ActionFixture zoom = ActionFixture.connect(database, List.of(ActionFixture.user("ada@a.example", "active", 2)));
        String id = zoom.ids().get(0);

        zoom.asAdmin()
                .when()
                .post(zoom.accounts() + "/{id}/deactivate", id)
                .then()
                .statusCode(200)
                .body("outcome", is("succeeded"))
                .body("action", is("deactivate"))
                .body("status", is("inactive"))
                .body("licenseType", is(1));

        zoom.atZoom(id).then().body("status", is("inactive")).body("type", is(1));
        Row local = zoom.local(id);
        assertEquals("inactive", local.getString("status"), "the local row reflects it before the directory does");
        Row audit = zoom.audit().get(0);
        assertEquals("deactivate", audit.getString("action"));
        assertEquals("succeeded", audit.getString("outcome"));
        assertEquals("admin@" + zoom.org(), audit.getString("actor"));
        ConsumerRecord<String, String> event = zoom.events(1).get(0);
        assertEquals(zoom.connection() + ":" + id, event.key());
        assertEquals(
                LicenseTypes.USER_DEACTIVATED,
                io.switchboard.testing.KafkaTestClient.header(event, CloudEventHeaders.TYPE));
        JsonNode payload = JSON.readTree(event.value());
        assertEquals("admin@" + zoom.org(), payload.path("actor").asText());
    }

    @Test
    void activatingActivatesAnInactiveUserAtZoom() {
        ActionFixture zoom =
                ActionFixture.connect(database, List.of(ActionFixture.user("bob@a.example", "inactive", 1)));
        String id = zoom.ids().get(0);

        zoom.asAdmin()
                .when()
                .post(zoom.accounts() + "/{id}/activate", id)
                .then()
                .statusCode(200)
                .body("outcome", is("succeeded"));

        zoom.atZoom(id).then().body("status", is("active"));
        assertEquals("active", zoom.local(id).getString("status"));
        assertEquals(LicenseTypes.USER_ACTIVATED, type(zoom.events(1).get(0)));
    }

    @Test
    void changingTheLicenceChangesItsTypeAtZoomAndLocally() {
        ActionFixture zoom = ActionFixture.connect(database, List.of(ActionFixture.user("cy@a.example", "active", 2)));
        String id = zoom.ids().get(0);

        zoom.asAdmin()
                .body(Map.of("type", 1))
                .when()
                .patch(zoom.accounts() + "/{id}", id)
                .then()
                .statusCode(200)
                .body("outcome", is("succeeded"))
                .body("licenseType", is(1));

        zoom.atZoom(id).then().body("type", is(1));
        assertEquals(1, zoom.local(id).getInteger("license_type"));
        assertEquals(LicenseTypes.LICENSE_CHANGED, type(zoom.events(1).get(0)));
    }

    @Test
    void removingDisassociatesByDefaultAndDropsTheLocalUser() {
        ActionFixture zoom = ActionFixture.connect(database, List.of(ActionFixture.user("di@a.example", "active", 2)));
        String id = zoom.ids().get(0);

        zoom.asAdmin()
                .when()
                .delete(zoom.accounts() + "/{id}", id)
                .then()
                .statusCode(200)
                .body("action", is("disassociate"))
                .body("status", nullValue());

        zoom.atZoom(id).then().statusCode(404);
        assertNull(zoom.local(id));
        assertEquals(LicenseTypes.USER_DELETED, type(zoom.events(1).get(0)));
    }

    @Test
    void aPermanentDeleteMustBeAskedForAndIsAuditedAsDelete() {
        ActionFixture zoom = ActionFixture.connect(database, List.of(ActionFixture.user("ed@a.example", "active", 2)));
        String id = zoom.ids().get(0);

        zoom.asAdmin()
                .queryParam("action", "delete")
                .when()
                .delete(zoom.accounts() + "/{id}", id)
                .then()
                .statusCode(200)
                .body("action", is("delete"));

        zoom.atZoom(id).then().statusCode(404);
        assertEquals("delete", zoom.audit().get(0).getString("action"));
    }

    @Test
    void creatingInvitesTheUserAtZoomAndShowsThemPendingAtOnce() {
        ActionFixture zoom = ActionFixture.connect(database, List.of());

        String id = zoom.asAdmin()
                .body(Map.of("email", "New.Hire@A.example", "firstName", "New", "lastName", "Hire", "type", 2))
                .when()
                .post(zoom.accounts())
                .then()
                .statusCode(201)
                .body("outcome", is("succeeded"))
                .body("status", is("pending"))
                .body("zoomUserId", notNullValue())
                .extract()
                .path("zoomUserId");

        zoom.atZoom(id).then().statusCode(200).body("status", is("pending")).body("email", is("new.hire@a.example"));
        Row local = zoom.local("pending:new.hire@a.example");
        assertEquals("pending", local.getString("status"), "keyed as the directory keys an invitation");
        ConsumerRecord<String, String> event = zoom.events(1).get(0);
        assertEquals(LicenseTypes.USER_CREATED, type(event));
        assertEquals(zoom.connection() + ":pending:new.hire@a.example", event.key());
    }

    @Test
    void aUserAlreadyDeactivatedAtZoomIsSkippedWithAReasonAndNotPublished() {
        ActionFixture zoom = ActionFixture.connect(database, List.of(ActionFixture.user("fi@a.example", "active", 2)));
        String id = zoom.ids().get(0);
        io.switchboard.testing.SimulatorControl.change(zoom.account(), id, Map.of("status", "inactive"));

        zoom.asAdmin()
                .when()
                .post(zoom.accounts() + "/{id}/deactivate", id)
                .then()
                .statusCode(200)
                .body("outcome", is("skipped"))
                .body("reason", notNullValue());

        assertEquals(1, zoom.zoomCalls(), "only the read of the user reached Zoom");
        assertEquals("skipped", zoom.audit().get(0).getString("outcome"));
        zoom.eventsStay(0);
    }

    @Test
    void aMemberMayNotActAndGets403() {
        ActionFixture zoom = ActionFixture.connect(database, List.of(ActionFixture.user("gu@a.example", "active", 2)));

        io.restassured.RestAssured.given()
                .auth()
                .oauth2(TestTokens.member(zoom.org()))
                .when()
                .post(zoom.accounts() + "/{id}/deactivate", zoom.ids().get(0))
                .then()
                .statusCode(403)
                .contentType(Problem.MEDIA_TYPE);

        assertEquals(0, zoom.zoomCalls());
        assertTrue(zoom.audit().isEmpty());
    }

    @Test
    void anotherOrganisationsAdminGets404ForTheConnection() {
        ActionFixture zoom = ActionFixture.connect(database, List.of(ActionFixture.user("ha@a.example", "active", 2)));
        String other = "org-other-" + zoom.org();

        io.restassured.RestAssured.given()
                .auth()
                .oauth2(TestTokens.admin(other))
                .when()
                .post(
                        "/orgs/{org}/connections/{c}/zoom-accounts/{id}/deactivate",
                        other,
                        zoom.connection(),
                        zoom.ids().get(0))
                .then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE);
        io.restassured.RestAssured.given()
                .auth()
                .oauth2(TestTokens.admin(other))
                .when()
                .post(zoom.accounts() + "/{id}/deactivate", zoom.ids().get(0))
                .then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE);

        assertEquals(0, zoom.zoomCalls());
        zoom.atZoom(zoom.ids().get(0)).then().body("status", is("active"));
    }

    @Test
    void theAuditListsActionsNewestFirstInPages() {
        ActionFixture zoom = ActionFixture.connect(database, List.of(ActionFixture.user("io@a.example", "active", 2)));
        String id = zoom.ids().get(0);
        zoom.asAdmin()
                .when()
                .post(zoom.accounts() + "/{id}/deactivate", id)
                .then()
                .statusCode(200);
        zoom.asAdmin()
                .when()
                .post(zoom.accounts() + "/{id}/activate", id)
                .then()
                .statusCode(200);
        zoom.asAdmin()
                .body(Map.of("type", 1))
                .when()
                .patch(zoom.accounts() + "/{id}", id)
                .then()
                .statusCode(200);

        String cursor = zoom.asAdmin()
                .queryParam("limit", 2)
                .when()
                .get(zoom.licenses() + "/audit")
                .then()
                .statusCode(200)
                .body("items.action", org.hamcrest.Matchers.contains("change_license", "activate"))
                .body("items[0].actor", is("admin@" + zoom.org()))
                .extract()
                .path("nextCursor");
        zoom.asAdmin()
                .queryParam("limit", 2)
                .queryParam("cursor", cursor)
                .when()
                .get(zoom.licenses() + "/audit")
                .then()
                .statusCode(200)
                .body("items.action", org.hamcrest.Matchers.contains("deactivate"))
                .body("nextCursor", nullValue());
    }

    private static String type(ConsumerRecord<String, String> event) {
        return io.switchboard.testing.KafkaTestClient.header(event, CloudEventHeaders.TYPE);
    }
}
