package io.switchboard.license;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.events.Topics;
import io.switchboard.rest.problem.Problem;
import io.switchboard.testing.KafkaTestClient;
import io.switchboard.testing.SimulatorControl;
import io.switchboard.testing.TestTokens;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Licence state kept from the topics other services publish, never from a second import. */
@QuarkusTest
class LicenceStateTest {

    private static final Instant CREATED = Instant.parse("2024-03-01T09:00:00Z");
    private static final Instant LOGIN = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);

    private final Pool database;

    LicenceStateTest(Pool database) {
        this.database = database;
    }

    private static Licensing connected() {
        String account = Licensing.newAccount("STATE");
        SimulatorControl.directory(account, List.of(SimulatorControl.user("owner@state.example", "active")));
        return Licensing.connectedTo(account).awaitKnown();
    }

    private static Map<String, Object> awaitAccount(Licensing licensing, String zoomUserId) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> licensing.account(zoomUserId) != null);
        return licensing.account(zoomUserId);
    }

    @Test
    void aZoomUserRecordShowsEveryLicenceFieldWithItsRoleName() {
        Licensing licensing = connected();
        Map<String, Object> user = Licensing.user("zu-1", "ada@state.example", 2, CREATED, LOGIN);
        user.put("role_id", "1");
        user.put("group_ids", List.of("g-eng", "g-ops"));
        licensing.zoomUser("zu-1", user);

        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> licensing.account("zu-1") != null
                        && "Admin".equals(licensing.account("zu-1").get("roleName")));
        Map<String, Object> shown = licensing.account("zu-1");
        assertEquals("ada@state.example", shown.get("email"));
        assertEquals(2, shown.get("licenseType"));
        assertEquals("licensed", shown.get("licenseName"));
        assertEquals("active", shown.get("status"));
        assertEquals("1", shown.get("roleId"));
        assertEquals("6.0.0", shown.get("lastClientVersion"));
        assertEquals(LOGIN.toString(), shown.get("lastLoginAt"));
        assertEquals(CREATED.toString(), shown.get("createdAt"));
        assertEquals(true, shown.get("emailVerified"));
        assertEquals(List.of("g-eng", "g-ops"), shown.get("groups"));
        assertEquals(CREATED.toString(), shown.get("licensedSince"));
    }

    @Test
    void aTombstoneRemovesTheUser() {
        Licensing licensing = connected();
        licensing.zoomUser("zu-gone", Licensing.user("zu-gone", "gone@state.example", 2, CREATED, null));
        awaitAccount(licensing, "zu-gone");

        licensing.zoomUserRemoved("zu-gone");

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> licensing.account("zu-gone") == null);
    }

    @Test
    void aSignInMovesTheLastLoginForwardAndAnOlderRecordDoesNotMoveItBack() {
        Licensing licensing = connected();
        licensing.zoomUser("zu-2", Licensing.user("zu-2", "bo@state.example", 2, CREATED, LOGIN));
        awaitAccount(licensing, "zu-2");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        licensing.signedIn("zu-2", now, "6.3.1");
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> now.toString().equals(licensing.account("zu-2").get("lastLoginAt")));
        Map<String, Object> stale = Licensing.user("zu-2", "bo@state.example", 2, CREATED, LOGIN);
        stale.put("first_name", "Renamed");
        licensing.zoomUser("zu-2", stale);

        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> "Renamed".equals(licensing.account("zu-2").get("firstName")));
        assertEquals(now.toString(), licensing.account("zu-2").get("lastLoginAt"));
        assertEquals("6.3.1", licensing.account("zu-2").get("lastClientVersion"));
    }

    @Test
    void aMappingAndTheNewestHostingShowOnTheUser() {
        Licensing licensing = connected();
        licensing.zoomUser("zu-3", Licensing.user("zu-3", "cy@state.example", 2, CREATED, LOGIN));
        Instant later = LOGIN.plus(Duration.ofHours(5));
        licensing.mapped("zu-3", "p-cy");
        licensing.hosted("zu-3", "p-cy", later);
        licensing.hosted("zu-3", "p-cy", LOGIN);

        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> licensing.account("zu-3") != null
                        && "p-cy".equals(licensing.account("zu-3").get("profileId"))
                        && later.toString().equals(licensing.account("zu-3").get("lastHostedAt")));
    }

    @Test
    void aChangeToLicensedStartsTheLicenceWhenItIsSeen() {
        Licensing licensing = connected();
        licensing.zoomUser("zu-4", Licensing.user("zu-4", "di@state.example", 1, CREATED, LOGIN));
        awaitAccount(licensing, "zu-4");
        assertNull(licensing.account("zu-4").get("licensedSince"));
        Instant before = Instant.now().minusSeconds(1);

        licensing.zoomUser("zu-4", Licensing.user("zu-4", "di@state.example", 2, CREATED, LOGIN));

        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> licensing.account("zu-4").get("licensedSince") != null);
        Instant since = Instant.parse((String) licensing.account("zu-4").get("licensedSince"));
        assertEquals(true, since.isAfter(before), since.toString());
    }

    @Test
    void aRecordThatCanNeverBeStoredIsDeadLetteredAndTheNextIsApplied() {
        Licensing licensing = connected();
        Map<String, Object> bad = Licensing.user("zu-bad", "bad@state.example", 2, CREATED, null);
        bad.put("status", "archived");
        licensing.zoomUser("zu-bad", bad);
        licensing.zoomUser("zu-5", Licensing.user("zu-5", "ok@state.example", 2, CREATED, null));

        awaitAccount(licensing, "zu-5");
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> KafkaTestClient.readAll(Topics.dlq(Topics.ZOOM_USERS)).stream()
                        .anyMatch(record -> licensing.key("zu-bad").equals(record.key())));
        assertNull(licensing.account("zu-bad"));
    }

    @Test
    void aRemovedConnectionLosesAllItsLicenceData() {
        Licensing licensing = connected();
        licensing.zoomUser("zu-6", Licensing.user("zu-6", "ed@state.example", 2, CREATED, LOGIN));
        licensing.mapped("zu-6", "p-ed");
        licensing.hosted("zu-6", "p-ed", LOGIN);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> licensing.account("zu-6") != null
                        && licensing.account("zu-6").get("lastHostedAt") != null
                        && licensing.read("/licenses/summary").get("seats") != null);

        removeAndAwaitForgotten(licensing);
        given().auth()
                .oauth2(TestTokens.admin(licensing.org()))
                .when()
                .get(licensing.path("/zoom-accounts"))
                .then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE);
        for (String table : List.of(
                "zoom_account", "mapping_ref", "hosting", "zoom_role", "plan_usage", "plan_usage_daily", "plan_sync")) {
            assertEquals(0, rows(table, licensing), table);
        }
    }

    @Test
    void aHostingReportedAfterTheConnectionWasRemovedIsNotKept() {
        Licensing licensing = connected();
        removeAndAwaitForgotten(licensing);

        // activity-service published this before it purged the connection; its topic is read independently.
        RecordMetadata late = licensing.hosted("zu-7", "p-fay", LOGIN);

        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> KafkaTestClient.consumedBy("license-service", late));
        assertEquals(0, rows("hosting", licensing), "no hosting of a removed connection");
    }

    /** Announces the connection's removal and waits until the service has forgotten it. */
    private static void removeAndAwaitForgotten(Licensing licensing) {
        licensing.connectionEvent("connection.removed");
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> given().auth()
                                .oauth2(TestTokens.admin(licensing.org()))
                                .get(licensing.path("/licenses/summary"))
                                .statusCode()
                        == 404);
    }

    private long rows(String table, Licensing licensing) {
        return database.preparedQuery("select count(*) from " + table + " where connection_id = $1")
                .execute(Tuple.of(licensing.connection()))
                .await()
                .atMost(Duration.ofSeconds(10))
                .iterator()
                .next()
                .getLong(0);
    }
}
