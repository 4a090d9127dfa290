package io.switchboard.activity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.switchboard.activity.ZoomActivity.Call;
import io.switchboard.activity.ZoomActivity.Instance;
import io.switchboard.activity.ZoomActivity.Org;
import io.switchboard.testing.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The weekly summary, an entry's participants and a connection's freshness, from recorded Zoom activity. */
@QuarkusTest
class ReadingTest {

    /** A Monday. */
    private static final Instant WEEK1 = Instant.parse("2026-11-02T10:00:00Z");

    private static final Instant WEEK2 = WEEK1.plus(Duration.ofDays(7));

    /** Week 1: a meeting host1 hosts with att1 and a guest, and a call host1 places to att1; week 2: a meeting alone. */
    private static Org recorded() {
        Org org = Org.connected();
        org.map("host1", "p-host", true);
        org.map("att1", "p-att", true);
        Instance first = Instance.meeting(org, "host1", WEEK1);
        ZoomActivity.deliver(first, first.started(1_000));
        ZoomActivity.deliver(first, first.joined("host1", "h1", "Host", WEEK1, 1_500));
        ZoomActivity.deliver(first, first.joined("att1", "a1", "Attendee", WEEK1.plusSeconds(60), 2_000));
        ZoomActivity.deliver(first, first.left("att1", "a1", "Attendee", WEEK1.plusSeconds(31 * 60), 3_000));
        ZoomActivity.deliver(first, first.joined(null, "g1", "Guest", WEEK1.plusSeconds(120), 3_500));
        ZoomActivity.deliver(first, first.left(null, "g1", "Guest", WEEK1.plusSeconds(720), 3_600));
        ZoomActivity.deliver(first, first.ended(WEEK1.plusSeconds(3600), 4_000));
        Call call = Call.between(
                org, "host1", "att1", WEEK1.plusSeconds(7200), WEEK1.plusSeconds(7210), WEEK1.plusSeconds(7300));
        call.deliver(call.realtime("phone.caller_ended", 5_000));
        call.deliver(call.realtime("phone.callee_ended", 5_000));
        Instance second = first.again(WEEK2);
        ZoomActivity.deliver(second, second.started(6_000));
        ZoomActivity.deliver(second, second.ended(WEEK2.plusSeconds(1800), 7_000));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> org.entries("p-host").size() == 3
                        && org.entries("p-att").size() == 2
                        && MeetingRecordingTest.ended(org.entries("p-host")) == 3);
        return org;
    }

    @Test
    void theSummaryCountsEachWeeksMeetingsMinutesCallsAndCollaborators() {
        Org org = recorded();

        JsonPath host = summary(org, "p-host");
        assertEquals(2, host.getList("weeks").size(), host.prettify());
        Map<String, Object> week1 = host.getMap("weeks[0]");
        assertEquals("2026-11-02", week1.get("weekStart"));
        assertEquals(1, week1.get("meetingsHosted"));
        assertEquals(60, week1.get("minutesInMeetings"));
        assertEquals(1, week1.get("callsPlaced"));
        assertEquals(1, week1.get("collaborators"), "att1 shared the meeting and the call: one person");
        Map<String, Object> week2 = host.getMap("weeks[1]");
        assertEquals(1, week2.get("meetingsHosted"));
        assertEquals(30, week2.get("minutesInMeetings"));
        assertEquals(0, week2.get("collaborators"));

        Map<String, Object> attendee = summary(org, "p-att").getMap("weeks[0]");
        assertEquals(1, attendee.get("meetingsAttended"));
        assertEquals(30, attendee.get("minutesInMeetings"));
        assertEquals(1, attendee.get("callsReceived"));
    }

    @Test
    void anEntrysDetailListsItsParticipantsAndNeverNamesAGuest() {
        Org org = recorded();
        String id = org.entries("p-host").stream()
                .filter(entry -> WEEK1.toString().equals(entry.get("startedAt")))
                .findFirst()
                .orElseThrow()
                .get("id")
                .toString();

        given().auth()
                .oauth2(TestTokens.admin(org.org()))
                .when()
                .get("/orgs/{org}/activities/{id}", org.org(), id)
                .then()
                .statusCode(200)
                .body("activity.role", is("hosted"))
                .body("participants.name", contains("Host", "Attendee", "Guest"))
                .body("participants.profileId", contains("p-host", "p-att", null))
                .body("participants.internal", contains(true, true, false))
                .body("participants.minutesPresent", contains(60, 30, 10));
    }

    @Test
    void freshnessSaysWhenTheConnectionsEventsLastArrived() {
        Org org = recorded();

        given().auth()
                .oauth2(TestTokens.member(org.org()))
                .when()
                .get("/orgs/{org}/connections/{id}/freshness", org.org(), org.connection())
                .then()
                .statusCode(200)
                .body("lastMeetingEventAt", notNullValue())
                .body("lastPhoneEventAt", notNullValue())
                .body("lastEventAt", notNullValue());
        given().auth()
                .oauth2(TestTokens.admin("another-" + org.org()))
                .when()
                .get("/orgs/{org}/connections/{id}/freshness", "another-" + org.org(), org.connection())
                .then()
                .statusCode(404);
    }

    private static JsonPath summary(Org org, String profileId) {
        return given().auth()
                .oauth2(TestTokens.admin(org.org()))
                .queryParam("from", "2026-11-02T00:00:00Z")
                .queryParam("to", "2026-11-16T00:00:00Z")
                .when()
                .get("/orgs/{org}/profiles/{p}/summary", org.org(), profileId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
