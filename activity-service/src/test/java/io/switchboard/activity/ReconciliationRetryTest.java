package io.switchboard.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.switchboard.activity.ZoomActivity.Org;
import io.switchboard.testing.SimulatorControl;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A reconciliation outlives what Zoom's API does to it: Zoom down is tried again until it completes, the spent daily
 * cap of Heavy calls waits for 00:00 UTC (the tests retry other failures after 1 to 2 seconds).
 */
@QuarkusTest
class ReconciliationRetryTest {

    private static final Instant START = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);

    @AfterEach
    void zoomBackToNormal() {
        SimulatorControl.clearFaults();
    }

    /** A simulated account whose host ran a meeting two days ago that only Zoom's reports know of. */
    private static String accountWithPastMeeting() {
        String account = "RETRY" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String host = SimulatorControl.directory(
                        account, List.of(SimulatorControl.user("host@" + account + ".example", "active")))
                .get(0);
        SimulatorControl.pastMeeting(
                account,
                Map.of(
                        "uuid",
                        UUID.randomUUID() + "==",
                        "id",
                        82_000_000_001L,
                        "host_id",
                        host,
                        "topic",
                        "Retrospective",
                        "start_time",
                        START.toString(),
                        "end_time",
                        START.plusSeconds(1800).toString(),
                        "participants",
                        List.of()));
        return account + "|" + host;
    }

    private static JsonPath run(Org org) {
        return org.freshness().setRootPath("lastReconciliation");
    }

    @Test
    void aReconciliationThatMeetsZoomDownTriesAgainUntilItCompletes() {
        String[] account = accountWithPastMeeting().split("\\|");
        SimulatorControl.faults(Map.of("errorRate", 1.0, "accountId", account[0]));
        Org org = Org.connectedTo(account[0]);
        org.map(account[1], "p-host", true);

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> "waiting".equals(run(org).getString("state")));
        assertTrue(run(org).getString("lastError").contains("HTTP 500"), run(org).prettify());
        SimulatorControl.clearFaults();

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> "completed".equals(run(org).getString("state")));
        assertTrue(run(org).getInt("attempts") >= 2, run(org).prettify());
        assertTrue(
                org.entries("p-host").stream()
                        .anyMatch(entry -> START.toString().equals(entry.get("startedAt"))),
                "the meeting Zoom's webhooks never told of is on the timeline");
    }

    @Test
    void aReconciliationThatMeetsTheSpentDailyCapWaitsFor0000UtcInsteadOfTryingAgain() {
        String[] account = accountWithPastMeeting().split("\\|");
        SimulatorControl.faults(Map.of("dailyLimitCount", 50, "accountId", account[0]));
        Org org = Org.connectedTo(account[0]);

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> "waiting".equals(run(org).getString("state")));
        SimulatorControl.clearFaults();
        Instant midnight =
                LocalDate.now(ZoneOffset.UTC).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        assertEquals(midnight, Instant.parse(run(org).getString("retryAt")), run(org).prettify());
        assertTrue(run(org).getString("lastError").contains("daily"), run(org).prettify());

        Awaitility.await()
                .during(Duration.ofSeconds(4))
                .atMost(Duration.ofSeconds(6))
                .until(() -> "waiting".equals(run(org).getString("state")) && run(org).getInt("attempts") == 1);
    }
}
