package io.switchboard.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.activity.ZoomActivity.Instance;
import io.switchboard.activity.ZoomActivity.Org;
import io.switchboard.testing.SimulatorControl;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Zoom's reports fill what its webhooks missed, and what both told of counts once. */
@QuarkusTest
class ReconciliationTest {

    private static final Instant START = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.HOURS);

    /** A simulated account with a host and an attendee; their Zoom user ids. */
    private static List<String> account(String account) {
        return SimulatorControl.directory(
                account,
                List.of(
                        SimulatorControl.user("host@" + account + ".example", "active"),
                        SimulatorControl.user("att@" + account + ".example", "active")));
    }

    /** The past meeting as Zoom's reports show it: 45 minutes, the attendee for 30, a guest for 10. */
    private static Map<String, Object> report(String uuid, long meetingId, String host, String attendee) {
        return Map.of(
                "uuid",
                uuid,
                "id",
                meetingId,
                "host_id",
                host,
                "topic",
                "Planning",
                "start_time",
                START.toString(),
                "end_time",
                START.plusSeconds(45 * 60).toString(),
                "participants",
                List.of(
                        Map.of(
                                "id",
                                attendee,
                                "user_id",
                                "16000001",
                                "name",
                                "Attendee",
                                "join_time",
                                START.plusSeconds(5 * 60).toString(),
                                "leave_time",
                                START.plusSeconds(35 * 60).toString(),
                                "duration",
                                1800),
                        Map.of(
                                "id",
                                "",
                                "user_id",
                                "16000002",
                                "name",
                                "Guest",
                                "join_time",
                                START.plusSeconds(10 * 60).toString(),
                                "leave_time",
                                START.plusSeconds(20 * 60).toString(),
                                "duration",
                                600)));
    }

    private static Map<String, Object> entryAt(Org org, String profileId) {
        return org.entries(profileId).stream()
                .filter(entry -> START.toString().equals(entry.get("startedAt"))
                        || START.plusSeconds(5 * 60).toString().equals(entry.get("startedAt")))
                .findFirst()
                .orElse(null);
    }

    @Test
    void aMeetingWhoseWebhooksZoomDroppedStillEndsOnTheTimeline() {
        String account = "RECON" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        List<String> ids = account(account);
        SimulatorControl.pastMeeting(
                account, report(UUID.randomUUID() + "==", 81_000_000_001L, ids.get(0), ids.get(1)));

        Org org = Org.connectedTo(account);
        org.map(ids.get(0), "p-host", true);
        org.map(ids.get(1), "p-att", true);

        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> entryAt(org, "p-host") != null && entryAt(org, "p-att") != null);
        Map<String, Object> hosted = entryAt(org, "p-host");
        assertEquals(2700, hosted.get("durationSeconds"), hosted.toString());
        assertEquals(2, hosted.get("participants"), hosted.toString());
        assertEquals(30, entryAt(org, "p-att").get("minutesPresent"));
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> "completed".equals(org.freshness().getString("lastReconciliation.state")));
        assertEquals("backfill", org.freshness().getString("lastReconciliation.trigger"));
    }

    @Test
    void aWebinarWhoseWebhooksZoomDroppedStillEndsOnItsHostsAndAttendeesTimelines() {
        String account = "RECON" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        List<String> ids = account(account);
        Map<String, Object> webinar = new java.util.HashMap<>(
                report("/" + UUID.randomUUID() + "==", 91_000_000_001L, ids.get(0), ids.get(1)));
        webinar.put("type", 5);
        SimulatorControl.pastMeeting(account, webinar);

        Org org = Org.connectedTo(account);
        org.map(ids.get(0), "p-host", true);
        org.map(ids.get(1), "p-att", true);

        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> entryAt(org, "p-host") != null && entryAt(org, "p-att") != null);
        Map<String, Object> hosted = entryAt(org, "p-host");
        assertEquals("webinar", hosted.get("type"), hosted.toString());
        assertEquals("hosted", hosted.get("role"), hosted.toString());
        assertEquals(2, hosted.get("participants"), hosted.toString());
        Map<String, Object> attended = entryAt(org, "p-att");
        assertEquals("webinar", attended.get("type"), attended.toString());
        assertEquals(30, attended.get("minutesPresent"), attended.toString());
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> "completed".equals(org.freshness().getString("lastReconciliation.state")));
        assertTrue(
                org.freshness().getInt("lastReconciliation.webinars") >= 1,
                org.freshness().prettify());
    }

    @Test
    void aMeetingBothReportedAndToldByWebhooksCountsOnce() {
        String account = "RECON" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        List<String> ids = account(account);
        String host = ids.get(0);
        String attendee = ids.get(1);
        Org org = Org.connectedTo(account);
        org.map(host, "p-host", true);
        org.map(attendee, "p-att", true);
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> "completed".equals(org.freshness().getString("lastReconciliation.state")));

        Instance meeting =
                new Instance(account, "meeting", "81000000002", UUID.randomUUID() + "==", host, "Planning", START);
        ZoomActivity.deliver(meeting, meeting.started(1_000));
        ZoomActivity.deliver(meeting, meeting.joined(attendee, "16000001", "Attendee", START.plusSeconds(300), 2_000));
        ZoomActivity.deliver(meeting, meeting.left(attendee, "16000001", "Attendee", START.plusSeconds(2100), 3_000));
        ZoomActivity.deliver(meeting, meeting.joined(null, "16000002", "Guest", START.plusSeconds(600), 3_500));
        ZoomActivity.deliver(meeting, meeting.left(null, "16000002", "Guest", START.plusSeconds(1200), 3_600));
        ZoomActivity.deliver(meeting, meeting.ended(START.plusSeconds(2700), 4_000));
        SimulatorControl.pastMeeting(account, report(meeting.uuid(), 81_000_000_002L, host, attendee));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> entryAt(org, "p-host") != null);

        org.syncRequested();

        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> "sync".equals(org.freshness().getString("lastReconciliation.trigger"))
                        && "completed".equals(org.freshness().getString("lastReconciliation.state")));
        Map<String, Object> hosted = entryAt(org, "p-host");
        assertEquals(2, hosted.get("participants"), "the attendee and the guest, each once: " + hosted);
        assertEquals(2700, hosted.get("durationSeconds"), hosted.toString());
        assertEquals(30, entryAt(org, "p-att").get("minutesPresent"), "not 60: the stay counts once");
        assertEquals(
                1,
                org.entries("p-host").stream()
                        .filter(entry -> START.toString().equals(entry.get("startedAt")))
                        .count());
    }

    @Test
    void aCallOnlyInTheCallHistoryEndsOnTheTimeline() {
        String account = "RECON" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        List<String> ids = account(account);
        SimulatorControl.pastCall(
                account,
                Map.of(
                        "id",
                        "history-" + UUID.randomUUID(),
                        "call_id",
                        "71" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L),
                        "user_id",
                        ids.get(0),
                        "direction",
                        "outbound",
                        "callee_name",
                        "Supplier",
                        "start_time",
                        START.toString(),
                        "answer_time",
                        START.plusSeconds(5).toString(),
                        "end_time",
                        START.plusSeconds(125).toString(),
                        "duration",
                        120,
                        "call_result",
                        "answered"));

        Org org = Org.connectedTo(account);
        org.map(ids.get(0), "p-host", true);

        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> org.entries("p-host").stream()
                        .anyMatch(entry -> "phone".equals(entry.get("type"))
                                && START.toString().equals(entry.get("startedAt"))));
        Map<String, Object> call = org.entries("p-host").stream()
                .filter(entry ->
                        "phone".equals(entry.get("type")) && START.toString().equals(entry.get("startedAt")))
                .findFirst()
                .orElseThrow();
        assertEquals("placed", call.get("role"), call.toString());
        assertEquals("Supplier", call.get("otherParty"), call.toString());
        assertEquals(120, call.get("durationSeconds"), call.toString());
    }
}
