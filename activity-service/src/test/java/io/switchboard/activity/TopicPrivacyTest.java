package io.switchboard.activity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.activity.ZoomActivity.Instance;
import io.switchboard.activity.ZoomActivity.Org;
import io.switchboard.testing.TestTokens;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** An organisation that switches meeting topics off never has them stored, and loses those stored before. */
@QuarkusTest
class TopicPrivacyTest {

    private static final Instant START = Instant.parse("2026-11-23T10:00:00Z");

    private final Pool database;

    TopicPrivacyTest(Pool database) {
        this.database = database;
    }

    @Test
    void switchingTopicsOffErasesTheStoredOnesAndStoresNoNewOnes() {
        Org org = Org.connected();
        org.map("host1", "p-host", true);
        Instance before = held(org, START);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> org.entries("p-host").size() == 1
                        && "Weekly sync".equals(org.entries("p-host").get(0).get("title")));

        settings(org, false).statusCode(200).body("storeMeetingTopics", is(false));

        assertNull(org.entries("p-host").get(0).get("title"), "the title stored before is erased");
        assertNull(topic(before), "the recorded topic is erased");
        Instance after = held(org, START.plusSeconds(7200));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> org.entries("p-host").size() == 2);
        assertNull(topic(after), "a new topic is never stored");
        org.entries("p-host").forEach(entry -> assertNull(entry.get("title"), entry.toString()));
    }

    @Test
    void onlyOwnersExecutivesAndAdminsChangeTheSettingAndItMustBeABoolean() {
        Org org = Org.connected();
        given().auth()
                .oauth2(TestTokens.member(org.org()))
                .contentType("application/json")
                .body(Map.of("storeMeetingTopics", false))
                .when()
                .put("/orgs/{org}/activity-settings", org.org())
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.admin(org.org()))
                .contentType("application/json")
                .body(Map.of())
                .when()
                .put("/orgs/{org}/activity-settings", org.org())
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        assertEquals(
                true,
                given().auth()
                        .oauth2(TestTokens.member(org.org()))
                        .when()
                        .get("/orgs/{org}/activity-settings", org.org())
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("storeMeetingTopics"));
    }

    private static io.restassured.response.ValidatableResponse settings(Org org, boolean storeTopics) {
        return given().auth()
                .oauth2(TestTokens.admin(org.org()))
                .contentType("application/json")
                .body(Map.of("storeMeetingTopics", storeTopics))
                .when()
                .put("/orgs/{org}/activity-settings", org.org())
                .then();
    }

    private static Instance held(Org org, Instant start) {
        Instance meeting = Instance.meeting(org, "host1", start);
        ZoomActivity.deliver(meeting, meeting.started(1_000));
        ZoomActivity.deliver(meeting, meeting.ended(start.plusSeconds(1800), 2_000));
        return meeting;
    }

    private String topic(Instance meeting) {
        return database.preparedQuery("select topic from meeting_instance where uuid = $1")
                .execute(Tuple.of(meeting.uuid()))
                .await()
                .atMost(Duration.ofSeconds(10))
                .iterator()
                .next()
                .getString(0);
    }
}
