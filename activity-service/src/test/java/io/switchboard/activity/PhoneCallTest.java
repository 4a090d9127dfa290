package io.switchboard.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.activity.ZoomActivity.Call;
import io.switchboard.activity.ZoomActivity.Org;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** A Zoom Phone call is one entry per party, however many ways Zoom reports it, from the best report there is. */
@QuarkusTest
class PhoneCallTest {

    private static final Instant RING = Instant.parse("2026-11-03T09:00:00Z");

    @Test
    void aCallReportedThreeWaysIsOneEntryPerPartyFromTheBestReport() {
        Org org = Org.connected();
        org.map("caller1", "p-caller", true);
        org.map("callee1", "p-callee", true);
        Call call = Call.between(org, "caller1", "callee1", RING, RING.plusSeconds(10), RING.plusSeconds(70));

        // v3 first, then v2, then real time: arrival order must not let a weaker report win.
        call.deliver(call.history(true, true, 55, 3_000));
        call.deliver(call.history(false, true, 55, 3_000));
        call.deliver(call.history(true, false, 31, 2_000));
        call.deliver(call.history(false, false, 31, 2_000));
        call.deliver(call.realtime("phone.caller_ended", 1_000));
        call.deliver(call.realtime("phone.callee_ended", 1_000));

        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> org.entries("p-caller").size() == 1
                        && org.entries("p-callee").size() == 1);
        // The last report in is a real-time one: once it is applied, nothing changes the entries any more.
        Awaitility.await()
                .during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(10))
                .until(() -> org.entries("p-caller").size() == 1);
        Map<String, Object> placed = org.entries("p-caller").get(0);
        assertEquals("placed", placed.get("role"), placed.toString());
        assertEquals(55, placed.get("durationSeconds"), "v3's talk time: " + placed);
        assertEquals("Callee", placed.get("otherParty"), placed.toString());
        Map<String, Object> received = org.entries("p-callee").get(0);
        assertEquals("received", received.get("role"), received.toString());
        assertEquals("Caller", received.get("otherParty"), received.toString());
        assertEquals(RING.toString(), received.get("startedAt"));
        assertEquals(RING.plusSeconds(70).toString(), received.get("endedAt"));
    }

    @Test
    void anUnansweredCallIsMissedForTheCalleeAndPlacedForTheCaller() {
        Org org = Org.connected();
        org.map("caller1", "p-caller", true);
        org.map("callee1", "p-callee", true);
        Call call = Call.between(org, "caller1", "callee1", RING, null, RING.plusSeconds(30));

        call.deliver(call.realtime("phone.callee_missed", 1_000));
        call.deliver(call.realtime("phone.caller_ended", 1_000));

        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> org.entries("p-caller").size() == 1
                        && org.entries("p-callee").size() == 1);
        Map<String, Object> missed = org.entries("p-callee").get(0);
        assertEquals("missed", missed.get("role"), missed.toString());
        assertEquals("missed", missed.get("result"), missed.toString());
        assertEquals(0, missed.get("durationSeconds"), missed.toString());
        assertEquals("placed", org.entries("p-caller").get(0).get("role"));
        assertEquals("no_answer", org.entries("p-caller").get(0).get("result"));
    }
}
