package io.switchboard.activity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.activity.ZoomActivity.Instance;
import io.switchboard.activity.ZoomActivity.Org;
import io.switchboard.events.CloudEventHeaders;
import io.switchboard.events.Topics;
import io.switchboard.testing.KafkaTestClient;
import java.time.Duration;
import java.time.Instant;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** A meeting event that can never be applied is quarantined with its reason and never wedges the ones after it. */
@QuarkusTest
class MeetingPoisonTest {

    @Test
    void aMeetingEventWithoutItsUuidIsDeadLetteredAndTheNextOneApplied() {
        Org org = Org.connected();
        org.map("host1", "p-host", true);
        Instant start = Instant.parse("2026-11-16T10:00:00Z");
        Instance meeting = Instance.meeting(org, "host1", start);

        ZoomActivity.deliver(meeting, ZoomActivity.without(meeting.started(1_000), "uuid"));
        ZoomActivity.deliver(meeting, meeting.started(1_000));

        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> org.entries("p-host").size() == 1);
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> KafkaTestClient.readAll(Topics.dlq(Topics.ZOOM_MEETING)).stream()
                        .anyMatch(record -> meeting.uuid().equals(record.key())
                                && String.valueOf(KafkaTestClient.header(record, CloudEventHeaders.DLQ_REASON))
                                        .contains("without payload.object.uuid")));
        assertTrue(org.entries("p-host").get(0).get("endedAt") == null, "the meeting runs");
    }
}
