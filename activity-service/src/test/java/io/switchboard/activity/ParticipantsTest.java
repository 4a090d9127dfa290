package io.switchboard.activity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.activity.ZoomActivity.Instance;
import io.switchboard.activity.ZoomActivity.Org;
import io.switchboard.testing.TestSql;
import io.switchboard.testing.TestTokens;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Who of a meeting's participants is internal: a Zoom user of the connection, mapped or not; nobody else. */
@QuarkusTest
class ParticipantsTest {

    private static final Instant START = Instant.parse("2026-11-10T09:00:00Z");

    @Inject
    Pool database;

    @Test
    void aZoomUserOfTheConnectionIsInternalUnmappedAndAZoomUserOfAnotherAccountIsNot() {
        Org org = Org.connected();
        org.map("host1", "p-host", true);
        org.zoomUser("member1", "member1@acme.example");
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> TestSql.number(
                                database,
                                "select count(*) from zoom_user_ref where connection_id = $1",
                                org.connection())
                        == 1);
        Instance meeting = Instance.meeting(org, "host1", START);
        ZoomActivity.deliver(meeting, meeting.started(1_000));
        ZoomActivity.deliver(meeting, meeting.joined("host1", "h1", "Host", START, 1_100));
        ZoomActivity.deliver(meeting, meeting.joined("member1", "m1", "Member", START.plusSeconds(60), 1_200));
        ZoomActivity.deliver(meeting, meeting.joined("elsewhere1", "e1", "Visitor", START.plusSeconds(120), 1_300));
        ZoomActivity.deliver(meeting, meeting.ended(START.plusSeconds(1800), 2_000));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> MeetingRecordingTest.ended(org.entries("p-host")) == 1);
        String id = org.entries("p-host").get(0).get("id").toString();

        given().auth()
                .oauth2(TestTokens.admin(org.org()))
                .when()
                .get("/orgs/{org}/activities/{id}", org.org(), id)
                .then()
                .statusCode(200)
                .body("participants.name", contains("Host", "Member", "Visitor"))
                .body("participants.internal", contains(true, true, false))
                .body("participants.profileId", contains("p-host", null, null));
    }
}
