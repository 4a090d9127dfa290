package io.switchboard.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.activity.ZoomActivity.Instance;
import io.switchboard.activity.ZoomActivity.Org;
import io.switchboard.activity.ZoomActivity.Webhook;
import io.switchboard.activity.messaging.MeetingConsumer;
import io.switchboard.events.CloudEventHeaders;
import io.switchboard.events.Topics;
import io.switchboard.messaging.consumer.EventConsumer;
import io.switchboard.testing.TestSql;
import io.vertx.mutiny.sqlclient.Pool;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Meetings recorded as one polled batch, handed to the consumer exactly as built: each meeting keeps its own facts. */
@QuarkusTest
class BatchRecordingTest {

    private static final Instant T0 = Instant.parse("2026-11-09T10:00:00Z");
    private static final AtomicLong OFFSETS = new AtomicLong();

    private final EventConsumer consumer;
    private final MeetingConsumer meetings;
    private final Pool database;

    BatchRecordingTest(EventConsumer consumer, MeetingConsumer meetings, Pool database) {
        this.consumer = consumer;
        this.meetings = meetings;
        this.database = database;
    }

    @Test
    void oneBatchOfTwoMeetingsGivesEachItsOwnHostParticipantsAndAttendee() {
        Org org = Org.connected();
        org.map("host1", "p-host1", true);
        org.map("host2", "p-host2", true);
        org.map("att1", "p-att", true);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> mapped(org) == 3);
        Instance first = Instance.meeting(org, "host1", T0);
        Instance second = Instance.meeting(org, "host2", T0.plusSeconds(600));

        consume(List.of(
                record(first, first.started(1_000)),
                record(second, second.started(1_000)),
                record(first, first.joined("att1", "s1", "Attendee", T0.plusSeconds(60), 2_000)),
                record(second, second.joined(null, "g1", "Guest", T0.plusSeconds(660), 2_000)),
                record(second, second.joined(null, "g2", "Guest", T0.plusSeconds(670), 2_100)),
                record(first, first.ended(T0.plusSeconds(1800), 3_000))));

        List<Map<String, Object>> hosted = org.entries("p-host1");
        assertEquals(1, hosted.size(), hosted.toString());
        assertEquals(1, hosted.get(0).get("participants"), hosted.toString());
        assertEquals(1800, hosted.get(0).get("durationSeconds"), hosted.toString());
        List<Map<String, Object>> other = org.entries("p-host2");
        assertEquals(1, other.size(), other.toString());
        assertEquals(2, other.get(0).get("participants"), other.toString());
        List<Map<String, Object>> attended = org.entries("p-att");
        assertEquals(1, attended.size(), attended.toString());
        assertEquals("attended", attended.get(0).get("role"), attended.toString());
        assertEquals(T0.plusSeconds(60).toString(), attended.get(0).get("startedAt"), attended.toString());
    }

    private void consume(List<ConsumerRecord<String, String>> batch) {
        consumer.consumeAll(
                        new ConsumerRecords<>(Map.of(new TopicPartition(Topics.ZOOM_MEETING, 0), batch), Map.of()),
                        meetings)
                .await()
                .atMost(Duration.ofSeconds(60));
    }

    private static ConsumerRecord<String, String> record(Instance instance, Webhook webhook) {
        var record = new ConsumerRecord<>(
                Topics.ZOOM_MEETING, 0, OFFSETS.incrementAndGet(), instance.uuid(), webhook.body());
        record.headers().add(CloudEventHeaders.ID, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.TYPE, webhook.type().getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private long mapped(Org org) {
        return TestSql.number(
                database,
                "select count(*) from mapping_ref m join connection_ref c on c.connection_id = m.connection_id"
                        + " and c.active where m.connection_id = $1::uuid",
                org.connection().toString());
    }
}
