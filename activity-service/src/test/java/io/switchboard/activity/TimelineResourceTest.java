package io.switchboard.activity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.rest.problem.Problem;
import io.switchboard.security.Roles;
import io.switchboard.testing.TestTokens;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TimelineResourceTest {

    private final Pool database;

    TimelineResourceTest(Pool database) {
        this.database = database;
    }

    @Test
    void pagesThroughATimelineNewestFirstWithoutGapsOrRepeats() {
        String org = "org-" + UUID.randomUUID();
        for (int hour = 1; hour <= 5; hour++) {
            insert(org, "ada", "meeting", "Standup " + hour, hour);
        }
        insert(org, "bob", "meeting", "Not Ada's", 6);

        String cursor = given().auth()
                .oauth2(TestTokens.token("ada", org, Roles.MEMBER))
                .queryParam("limit", 3)
                .when()
                .get("/orgs/{org}/profiles/{profile}/timeline", org, "ada")
                .then()
                .statusCode(200)
                .body("items.title", contains("Standup 5", "Standup 4", "Standup 3"))
                .body("nextCursor", notNullValue())
                .extract()
                .path("nextCursor");

        given().auth()
                .oauth2(TestTokens.token("ada", org, Roles.MEMBER))
                .queryParam("limit", 3)
                .queryParam("cursor", cursor)
                .when()
                .get("/orgs/{org}/profiles/{profile}/timeline", org, "ada")
                .then()
                .statusCode(200)
                .body("items.title", contains("Standup 2", "Standup 1"))
                .body("nextCursor", nullValue());
    }

    @Test
    void filtersTheOrganisationStreamByTypeAndTime() {
        String org = "org-" + UUID.randomUUID();
        insert(org, "ada", "meeting", "Meeting", 1);
        insert(org, "ada", "phone", "Call", 2);
        insert(org, "bob", "webinar", "Webinar", 3);

        given().auth()
                .oauth2(TestTokens.admin(org))
                .queryParam("types", "phone,webinar")
                .queryParam("from", "2026-01-01T01:30:00Z")
                .when()
                .get("/orgs/{org}/activities", org)
                .then()
                .statusCode(200)
                .body("items.title", contains("Webinar", "Call"));
    }

    @Test
    void rejectsInvalidParametersAs400Problems() {
        String token = TestTokens.admin("acme");
        for (var bad : new String[][] {
            {"types", "meeting,sms"},
            {"from", "yesterday"},
            {"limit", "0"},
            {"limit", "10000"},
            {"limit", "many"},
            {"cursor", "bm9wZQ"}
        }) {
            given().auth()
                    .oauth2(token)
                    .queryParam(bad[0], bad[1])
                    .when()
                    .get("/orgs/{org}/activities", "acme")
                    .then()
                    .statusCode(400)
                    .contentType(Problem.MEDIA_TYPE);
        }
    }

    @Test
    void anotherOrganisationsActivityIsNotFound() {
        UUID id = insert("org-" + UUID.randomUUID(), "ada", "meeting", "Private", 1);
        given().auth()
                .oauth2(TestTokens.admin("acme"))
                .when()
                .get("/orgs/{org}/activities/{id}", "acme", id)
                .then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void showsOneActivityOfTheCallersOrganisation() {
        String org = "org-" + UUID.randomUUID();
        UUID id = insert(org, "ada", "webinar", "Launch", 2);
        given().auth()
                .oauth2(TestTokens.token("ada", org, Roles.MEMBER))
                .when()
                .get("/orgs/{org}/activities/{id}", org, id)
                .then()
                .statusCode(200)
                .body("activity.title", is("Launch"))
                .body("activity.durationSeconds", is(1800));
    }

    @Test
    void aMemberReadsOnlyTheirOwnActivity() {
        String org = "org-" + UUID.randomUUID();
        UUID bobs = insert(org, "bob", "meeting", "Bob's", 1);
        String ada = TestTokens.token("ada", org, Roles.MEMBER);

        given().auth()
                .oauth2(ada)
                .when()
                .get("/orgs/{org}/profiles/{p}/timeline", org, "ada")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(ada)
                .when()
                .get("/orgs/{org}/profiles/{p}/timeline", org, "bob")
                .then()
                .statusCode(403)
                .contentType(Problem.MEDIA_TYPE);
        given().auth()
                .oauth2(ada)
                .when()
                .get("/orgs/{org}/profiles/{p}/summary", org, "bob")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(ada)
                .when()
                .get("/orgs/{org}/activities", org)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(ada)
                .when()
                .get("/orgs/{org}/activities/{id}", org, bobs)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.admin(org))
                .when()
                .get("/orgs/{org}/activities/{id}", org, bobs)
                .then()
                .statusCode(200);
    }

    private UUID insert(String org, String profile, String type, String title, int hour) {
        UUID id = UUID.randomUUID();
        OffsetDateTime started = OffsetDateTime.of(2026, 1, 1, hour, 0, 0, 0, ZoneOffset.UTC);
        database.preparedQuery("insert into activity (id, org_id, profile_id, connection_id, type, title, started_at,"
                        + " ended_at, duration_seconds, role, source_key, activity_group)"
                        + " values ($1, $2, $3, $4, $5, $6, $7, $8, 1800, 'hosted', $1::text, $1::text)")
                .execute(Tuple.tuple()
                        .addUUID(id)
                        .addString(org)
                        .addString(profile)
                        .addUUID(UUID.randomUUID())
                        .addString(type)
                        .addString(title)
                        .addOffsetDateTime(started)
                        .addOffsetDateTime(started.plusMinutes(30)))
                .await()
                .atMost(Duration.ofSeconds(10));
        return id;
    }
}
