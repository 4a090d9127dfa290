package io.switchboard.license;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.switchboard.rest.problem.Problem;
import io.switchboard.testing.SimulatorControl;
import io.switchboard.testing.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Unused licences on a seeded directory whose logins and hosting are known: who is listed for each basis, who is
 * left out and why.
 */
@QuarkusTest
class UnusedLicencesTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final Instant LONG_AGO = NOW.minus(Duration.ofDays(400));

    private static Licensing licensing;

    private static Instant daysAgo(int days) {
        return NOW.minus(Duration.ofDays(days));
    }

    /**
     * idle: Licensed, no login for 60 days, never hosted. loginOnly: signed in 5 days ago, hosted 90 days ago.
     * hostOnly: signed in 45 days ago, hosted 2 days ago (and mapped). basic: Basic, never active. fresh: Licensed
     * 10 days ago, never active. admin: an idle admin. owner: an idle owner. away: an idle inactive user.
     */
    @BeforeEach
    void seedOnce() {
        if (licensing == null) {
            seed();
        }
    }

    private static void seed() {
        String account = Licensing.newAccount("UNUSED");
        SimulatorControl.directory(account, List.of(SimulatorControl.user("x@unused.example", "active")));
        licensing = Licensing.connectedTo(account).awaitKnown();
        licensing.zoomUser("idle", Licensing.user("idle", "idle@unused.example", 2, LONG_AGO, daysAgo(60)));
        licensing.zoomUser("loginOnly", Licensing.user("loginOnly", "lo@unused.example", 2, LONG_AGO, daysAgo(5)));
        licensing.zoomUser("hostOnly", Licensing.user("hostOnly", "ho@unused.example", 2, LONG_AGO, daysAgo(45)));
        licensing.zoomUser("basic", Licensing.user("basic", "basic@unused.example", 1, LONG_AGO, null));
        licensing.zoomUser("fresh", Licensing.user("fresh", "fresh@unused.example", 2, daysAgo(10), null));
        Map<String, Object> admin = Licensing.user("admin", "admin@unused.example", 2, LONG_AGO, null);
        admin.put("role_id", "1");
        licensing.zoomUser("admin", admin);
        Map<String, Object> owner = Licensing.user("owner", "owner@unused.example", 2, LONG_AGO, null);
        owner.put("role_id", "0");
        licensing.zoomUser("owner", owner);
        Map<String, Object> away = Licensing.user("away", "away@unused.example", 2, LONG_AGO, null);
        away.put("status", "inactive");
        licensing.zoomUser("away", away);
        licensing.mapped("loginOnly", "p-lo");
        licensing.mapped("hostOnly", "p-ho");
        licensing.hosted("loginOnly", "p-lo", daysAgo(90));
        licensing.hosted("hostOnly", "p-ho", daysAgo(2));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> licensing.account("away") != null
                        && licensing.account("hostOnly").get("lastHostedAt") != null
                        && licensing.account("loginOnly").get("lastHostedAt") != null);
    }

    private static List<String> unused(String query) {
        return licensing.read("/licenses/unused" + query).getList("users.zoomUserId");
    }

    @Test
    void onTheLoginBasisTheUsersWithoutASignInAreListed() {
        assertEquals(List.of("hostOnly", "idle"), unused("?inactiveDays=30&basis=login"));
    }

    @Test
    void onTheHostingBasisTheUsersWhoHostedNothingAreListed() {
        assertEquals(List.of("idle", "loginOnly"), unused("?inactiveDays=30&basis=hosting"));
    }

    @Test
    void onBothBasesOnlyTheUsersWithNeitherAreListed() {
        assertEquals(List.of("idle"), unused("?inactiveDays=30&basis=both"));
        assertEquals(List.of("idle"), unused(""));
    }

    @Test
    void ownersAndAdminsAreListedOnlyWhenAskedFor() {
        assertEquals(List.of("admin", "idle", "owner"), unused("?inactiveDays=30&includeAdmins=true"));
    }

    @Test
    void aLongerWindowLeavesOutTheUsersActiveWithinIt() {
        assertEquals(List.of("idle"), unused("?inactiveDays=50&basis=login"));
        assertEquals(List.of("idle"), unused("?inactiveDays=100&basis=hosting"));
    }

    @Test
    void eachListedUserSaysWhenTheyWereLastActiveAndForHowLong() {
        JsonPath report = licensing.read("/licenses/unused?inactiveDays=30&basis=login");
        assertEquals(2, report.getInt("seatsFreed"));
        assertEquals(
                daysAgo(45).toString(), report.getString("users.find { it.zoomUserId == 'hostOnly' }.lastLoginAt"));
        assertEquals(
                daysAgo(2).toString(), report.getString("users.find { it.zoomUserId == 'hostOnly' }.lastHostedAt"));
        assertEquals(60, report.getInt("users.find { it.zoomUserId == 'idle' }.daysInactive"));
        assertTrue(report.getString("caveat").contains("three days"), report.getString("caveat"));
    }

    @Test
    void pagesFollowEachOtherByCursorWithoutGapOrRepeat() {
        String query = "/licenses/unused?inactiveDays=30&includeAdmins=true&limit=2";
        JsonPath first = licensing.read(query);
        assertEquals(List.of("admin", "idle"), first.getList("users.zoomUserId"));
        JsonPath second = licensing.read(query + "&cursor=" + first.getString("nextCursor"));
        assertEquals(List.of("owner"), second.getList("users.zoomUserId"));
        assertNull(second.getString("nextCursor"));
    }

    @Test
    void theSeatsFreedCountEveryPageNotOnlyTheOneShown() {
        JsonPath page = licensing.read("/licenses/unused?inactiveDays=30&includeAdmins=true&limit=1");
        assertEquals(1, page.getList("users").size());
        assertEquals(3, page.getInt("seatsFreed"));
    }

    @Test
    void badParametersAre400Problems() {
        for (String query : List.of(
                "?inactiveDays=0",
                "?inactiveDays=x",
                "?basis=sometimes",
                "?includeAdmins=maybe",
                "?limit=0",
                "?limit=1001",
                "?cursor=not-ours")) {
            given().auth()
                    .oauth2(TestTokens.member(licensing.org()))
                    .when()
                    .get(licensing.path("/licenses/unused" + query))
                    .then()
                    .statusCode(400)
                    .contentType(Problem.MEDIA_TYPE);
        }
    }
}
