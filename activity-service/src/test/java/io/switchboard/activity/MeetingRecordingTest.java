package io.switchboard.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.activity.ZoomActivity.Instance;
import io.switchboard.activity.ZoomActivity.Org;
import io.switchboard.activity.ZoomActivity.Webhook;
import io.switchboard.events.ActivityTypes;
import io.switchboard.events.CloudEventHeaders;
import io.switchboard.events.Topics;
import io.switchboard.testing.KafkaTestClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Zoom's meeting webhooks become timeline entries that are exact under duplicates and any order of arrival. */
@QuarkusTest
class MeetingRecordingTest {

    private static final Instant T0 = Instant.parse("2026-11-02T10:00:00Z");

    /** started, joined, left, ended of one meeting: host "host1" and attendee "att1" for 30 of its 60 minutes. */
    private static List<Webhook> oneMeeting(Instance meeting) {
        return List.of(
                meeting.started(1_000),
                meeting.joined("att1", "s1", "Attendee", T0.plusSeconds(60), 2_000),
                meeting.left("att1", "s1", "Attendee", T0.plusSeconds(31 * 60), 3_000),
                meeting.ended(T0.plusSeconds(3600), 4_000));
    }

    @Test
    void theEventsOfAMeetingInEveryOrderGiveTheSameEntries() {
        Org org = Org.connected();
        org.map("host1", "p-host", true);
        org.map("att1", "p-att", true);
        List<List<Integer>> orders = permutations(List.of(0, 1, 2, 3));
        for (List<Integer> order : orders) {
            Instance meeting = Instance.meeting(org, "host1", T0);
            List<Webhook> events = oneMeeting(meeting);
            order.forEach(index -> ZoomActivity.deliver(meeting, events.get(index)));
        }

        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> ended(org.entries("p-host")) == 24 && ended(org.entries("p-att")) == 24);
        for (Map<String, Object> hosted : org.entries("p-host")) {
            assertEquals("hosted", hosted.get("role"), hosted.toString());
            assertEquals(T0.toString(), hosted.get("startedAt"), hosted.toString());
            assertEquals(3600, hosted.get("durationSeconds"), hosted.toString());
            assertEquals(1, hosted.get("participants"), hosted.toString());
            assertEquals("Weekly sync", hosted.get("title"), hosted.toString());
        }
        for (Map<String, Object> attended : org.entries("p-att")) {
            assertEquals("attended", attended.get("role"), attended.toString());
            assertEquals(T0.plusSeconds(60).toString(), attended.get("startedAt"), attended.toString());
            assertEquals(30, attended.get("minutesPresent"), attended.toString());
            assertEquals(1800, attended.get("durationSeconds"), attended.toString());
        }
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        Org org = Org.connected();
        org.map("host1", "p-host", true);
        Instance meeting = Instance.meeting(org, "host1", T0);
        oneMeeting(meeting).forEach(event -> ZoomActivity.deliver(meeting, event));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> ended(org.entries("p-host")) == 1);
        // The relay publishes a key's events in order: once the ended state is on the topic, all before it are too.
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> lastPayload(org, "p-host").contains("\"endedAt\":\""));
        int before = activityEvents(org, "p-host").size();

        oneMeeting(meeting).forEach(event -> ZoomActivity.deliver(meeting, event));
        // A guest joins after the redeliveries, on the same partition: once their join shows, the copies were applied.
        ZoomActivity.deliver(meeting, meeting.joined(null, "g1", "Guest", T0.plusSeconds(120), 5_000));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() ->
                        Integer.valueOf(2).equals(org.entries("p-host").get(0).get("participants")));

        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> lastPayload(org, "p-host").contains("\"participants\":2"));
        List<String> types = activityEvents(org, "p-host");
        assertEquals(before + 1, types.size(), "only the guest's join changed the entry: " + types);
        assertEquals(1, types.stream().filter(ActivityTypes.RECORDED::equals).count(), types.toString());
        assertEquals(1, org.entries("p-host").size());
    }

    @Test
    void aHostRestartIsOneMeetingAndTheNextOccurrenceAnother() {
        Org org = Org.connected();
        org.map("host1", "p-host", true);
        Instance first = Instance.meeting(org, "host1", T0);
        Instance restart = first.again(T0.plusSeconds(25 * 60));
        Instance nextWeek = first.again(T0.plus(Duration.ofDays(7)));
        ZoomActivity.deliver(first, first.started(1_000));
        ZoomActivity.deliver(first, first.ended(T0.plusSeconds(20 * 60), 2_000));
        ZoomActivity.deliver(restart, restart.started(3_000));
        ZoomActivity.deliver(restart, restart.ended(T0.plusSeconds(50 * 60), 4_000));
        ZoomActivity.deliver(nextWeek, nextWeek.started(5_000));
        ZoomActivity.deliver(
                nextWeek, nextWeek.ended(T0.plus(Duration.ofDays(7)).plusSeconds(1800), 6_000));

        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> ended(org.entries("p-host")) == 2
                        && Integer.valueOf(3000)
                                .equals(org.entries("p-host").get(1).get("durationSeconds")));
        List<Map<String, Object>> entries = org.entries("p-host");
        assertEquals(T0.plus(Duration.ofDays(7)).toString(), entries.get(0).get("startedAt"));
        assertEquals(T0.toString(), entries.get(1).get("startedAt"));
        assertEquals(T0.plusSeconds(50 * 60).toString(), entries.get(1).get("endedAt"));
    }

    @Test
    void aRestartRecordedBeforeItsFirstInstanceEndsAsOneMeeting() {
        Org org = Org.connected();
        org.map("host1", "p-host", true);
        Instance first = Instance.meeting(org, "host1", T0);
        Instance restart = first.again(T0.plusSeconds(25 * 60));
        ZoomActivity.deliver(restart, restart.started(3_000));
        ZoomActivity.deliver(restart, restart.ended(T0.plusSeconds(50 * 60), 4_000));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> ended(org.entries("p-host")) == 1);

        ZoomActivity.deliver(first, first.started(1_000));
        ZoomActivity.deliver(first, first.ended(T0.plusSeconds(20 * 60), 2_000));

        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> T0.toString().equals(org.entries("p-host").get(0).get("startedAt")));
        List<Map<String, Object>> entries = org.entries("p-host");
        assertEquals(1, entries.size(), "the restart's own entry is gone: " + entries);
        assertEquals(3000, entries.get(0).get("durationSeconds"));
    }

    @Test
    void guestsCountAsParticipantsAndAreNeverOnATimeline() {
        Org org = Org.connected();
        org.map("host1", "p-host", true);
        Instance meeting = Instance.meeting(org, "host1", T0);
        ZoomActivity.deliver(meeting, meeting.started(1_000));
        ZoomActivity.deliver(meeting, meeting.joined(null, "g1", "iPhone", T0.plusSeconds(60), 2_000));
        ZoomActivity.deliver(meeting, meeting.joined(null, "g2", "iPhone", T0.plusSeconds(90), 3_000));
        ZoomActivity.deliver(meeting, meeting.ended(T0.plusSeconds(600), 4_000));

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> ended(org.entries("p-host")) == 1);
        assertEquals(2, org.entries("p-host").get(0).get("participants"), "two guests, told apart by Zoom's ids");
    }

    static long ended(List<Map<String, Object>> entries) {
        return entries.stream().filter(entry -> entry.get("endedAt") != null).count();
    }

    /** The types of the events on switchboard.activities for one person. */
    static List<String> activityEvents(Org org, String profileId) {
        String key = org.org() + ":" + profileId;
        return KafkaTestClient.readAll(Topics.ACTIVITIES).stream()
                .filter(record -> key.equals(record.key()))
                .map(record -> KafkaTestClient.header(record, CloudEventHeaders.TYPE))
                .toList();
    }

    private static String lastPayload(Org org, String profileId) {
        String key = org.org() + ":" + profileId;
        return KafkaTestClient.readAll(Topics.ACTIVITIES).stream()
                .filter(record -> key.equals(record.key()))
                .reduce((first, second) -> second)
                .map(record -> String.valueOf(record.value()))
                .orElse("");
    }

    private static List<List<Integer>> permutations(List<Integer> items) {
        if (items.isEmpty()) {
            return List.of(List.of());
        }
        List<List<Integer>> all = new ArrayList<>();
        for (Integer first : items) {
            List<Integer> rest = new ArrayList<>(items);
            rest.remove(first);
            for (List<Integer> tail : permutations(rest)) {
                List<Integer> order = new ArrayList<>();
                order.add(first);
                order.addAll(tail);
                all.add(order);
            }
        }
        assertTrue(all.size() > 0);
        return all;
    }
}
