package io.switchboard.simulator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reports of past activity, with Zoom's double encoding of awkward meeting UUIDs. */
@QuarkusTest
class ActivityApiTest {

    @Test
    void reportsHostsTheirMeetingsAndTheParticipants() {
        String token = token();
        List<Map<String, Object>> hosts = given().auth()
                .oauth2(token)
                .when()
                .get("/v2/report/users")
                .then()
                .statusCode(200)
                .extract()
                .path("users");
        assertTrue(!hosts.isEmpty(), "the seeded account has active hosts");
        String host = (String) hosts.get(0).get("id");
        List<Map<String, Object>> meetings = given().auth()
                .oauth2(token)
                .queryParam("from", "2026-10-23")
                .queryParam("to", "2026-11-21")
                .when()
                .get("/v2/report/users/{id}/meetings", host)
                .then()
                .statusCode(200)
                .body("total_records", greaterThan(0))
                .extract()
                .path("meetings");
        String uuid = (String) meetings.get(0).get("uuid");
        given().auth()
                .oauth2(token)
                .urlEncodingEnabled(false)
                .when()
                .get(ZoomPaths.participants(uuid))
                .then()
                .statusCode(200)
                .body("total_records", greaterThan(1));
    }

    @Test
    void awkwardMeetingUuidsMustBeEncodedTwice() {
        String token = token();
        String awkward = null;
        List<Map<String, Object>> hosts = given().auth()
                .oauth2(token)
                .when()
                .get("/v2/report/users")
                .then()
                .extract()
                .path("users");
        for (Map<String, Object> host : hosts) {
            List<Map<String, Object>> meetings = given().auth()
                    .oauth2(token)
                    .when()
                    .get("/v2/report/users/{id}/meetings", host.get("id"))
                    .then()
                    .extract()
                    .path("meetings");
            for (Map<String, Object> meeting : meetings) {
                String uuid = (String) meeting.get("uuid");
                if (uuid.startsWith("/") || uuid.contains("//")) {
                    awkward = uuid;
                }
            }
            if (awkward != null) {
                break;
            }
        }
        assertTrue(awkward != null, "the seeded history has UUIDs that need double encoding");
        String twice = URLEncoder.encode(URLEncoder.encode(awkward, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        given().auth()
                .oauth2(token)
                .urlEncodingEnabled(false)
                .when()
                .get("/v2/past_meetings/" + twice + "/participants")
                .then()
                .statusCode(200);
    }

    @Test
    void reportPagesChainWithTokensBoundToTheirQuery() {
        String token = SimTokens.serverToServer("paging-s2s", "paging-secret", "SIMACCOUNTPAGING");
        List<String> all = callIds(token, 300, null).ids();
        assertTrue(all.size() > 20, "enough calls to page through");
        List<String> chained = new ArrayList<>();
        String next = null;
        do {
            Calls page = callIds(token, 10, next);
            assertTrue(page.ids().size() <= 10);
            chained.addAll(page.ids());
            next = page.next();
        } while (!next.isEmpty());
        assertEquals(all, chained);

        String issued = callIds(token, 5, null).next();
        given().auth()
                .oauth2(token)
                .queryParam("from", "2026-10-01")
                .queryParam("to", "2026-10-20")
                .queryParam("next_page_token", issued)
                .when()
                .get("/v2/phone/call_history")
                .then()
                .statusCode(400)
                .body("code", is(300));
        given().auth()
                .oauth2(token)
                .queryParam("page_size", 301)
                .when()
                .get("/v2/phone/call_history")
                .then()
                .statusCode(400)
                .body("code", is(300));
    }

    /** A page of call ids and the token of the next page ("" on the last). */
    private record Calls(List<String> ids, String next) {}

    private static Calls callIds(String token, int pageSize, String next) {
        var page = given().auth()
                .oauth2(token)
                .queryParam("page_size", pageSize)
                .queryParam("next_page_token", next == null ? "" : next)
                .when()
                .get("/v2/phone/call_history")
                .then()
                .statusCode(200)
                .body("page_size", is(pageSize))
                .extract();
        return new Calls(page.path("call_history.id"), page.path("next_page_token"));
    }

    @Test
    void listsPhoneCallHistoryAndRefusesARangeLongerThanAMonth() {
        String token = token();
        given().auth()
                .oauth2(token)
                .when()
                .get("/v2/phone/call_history")
                .then()
                .statusCode(200)
                .body("total_records", greaterThan(0));
        given().auth()
                .oauth2(token)
                .queryParam("from", "2026-01-01")
                .queryParam("to", "2026-11-21")
                .when()
                .get("/v2/report/users")
                .then()
                .statusCode(400)
                .body("code", is(300));
    }

    private static String token() {
        return SimTokens.secondAccount();
    }
}
