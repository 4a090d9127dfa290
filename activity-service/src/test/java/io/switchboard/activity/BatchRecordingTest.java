package io.switchboard.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.activity.ZoomActivity.Call;
import io.switchboard.activity.ZoomActivity.Instance;
import io.switchboard.activity.ZoomActivity.Org;
import io.switchboard.activity.ZoomActivity.Webhook;
import io.switchboard.activity.messaging.MeetingConsumer;
import io.switchboard.activity.messaging.PhoneConsumer;
import io.switchboard.events.Topics;
import io.switchboard.messaging.consumer.BatchSqlEventHandler;
import io.switchboard.messaging.consumer.EventConsumer;
import io.switchboard.testing.PolledBatches;
import io.switchboard.testing.TestSql;
import io.vertx.mutiny.sqlclient.Pool;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Meetings and calls recorded as one polled batch, handed to the consumer exactly as built: each keeps its own facts. */
@QuarkusTest
class BatchRecordingTest {

    private static final Instant T0 = Instant.parse("2026-11-09T10:00:00Z");

    private final EventConsumer consumer;
    private final MeetingConsumer meetings;
    private final PhoneConsumer phones;
    private final Pool database;

    BatchRecordingTest(EventConsumer consumer, MeetingConsumer meetings, PhoneConsumer phones, Pool database) {
        this.consumer = consumer;
        this.meetings = meetings;
        this.phones = phones;
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

        consume(
                meetings,
                Topics.ZOOM_MEETING,
                List.of(
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

    @Test
    void oneBatchOfTwoCallsEachReportedSeveralWaysGivesOneEntryPerPartyOfEach() {
        Org org = Org.connected();
        org.map("caller1", "p-caller", true);
        org.map("callee1", "p-callee", true);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> mapped(org) == 2);
        Call first = Call.between(org, "caller1", "callee1", T0, T0.plusSeconds(10), T0.plusSeconds(70));
        Call second = Call.between(org, "callee1", "caller1", T0.plusSeconds(600), null, T0.plusSeconds(630));

        consume(
                phones,
                Topics.ZOOM_PHONE,
                List.of(
                        record(Topics.ZOOM_PHONE, first.callId(), first.history(true, true, 55, 3_000)),
                        record(Topics.ZOOM_PHONE, second.callId(), second.realtime("phone.callee_missed", 1_000)),
                        record(Topics.ZOOM_PHONE, first.callId(), first.realtime("phone.caller_ended", 1_000)),
                        record(Topics.ZOOM_PHONE, first.callId(), first.history(false, false, 31, 2_000)),
                        record(Topics.ZOOM_PHONE, second.callId(), second.realtime("phone.caller_ended", 1_000))));

        List<Map<String, Object>> caller = org.entries("p-caller");
        assertEquals(2, caller.size(), caller.toString());
        assertEquals("missed", caller.get(0).get("role"), "the second call, to caller1, unanswered: " + caller);
        assertEquals("placed", caller.get(1).get("role"), caller.toString());
        assertEquals(55, caller.get(1).get("durationSeconds"), "v3's talk time: " + caller);
        List<Map<String, Object>> callee = org.entries("p-callee");
        assertEquals(2, callee.size(), callee.toString());
        assertEquals("placed", callee.get(0).get("role"), callee.toString());
        assertEquals("received", callee.get(1).get("role"), callee.toString());
    }

    private void consume(BatchSqlEventHandler handler, String topic, List<ConsumerRecord<String, String>> batch) {
        consumer.consumeAll(PolledBatches.of(topic, batch), handler).await().atMost(Duration.ofSeconds(60));
    }

    private static ConsumerRecord<String, String> record(Instance instance, Webhook webhook) {
        return record(Topics.ZOOM_MEETING, instance.uuid(), webhook);
    }

    private static ConsumerRecord<String, String> record(String topic, String key, Webhook webhook) {
        return PolledBatches.record(topic, key, UUID.randomUUID().toString(), webhook.type(), webhook.body());
    }

    private long mapped(Org org) {
        return TestSql.number(
                database,
                "select count(*) from mapping_ref m join connection_ref c on c.connection_id = m.connection_id"
                        + " and c.active where m.connection_id = $1::uuid",
                org.connection().toString());
    }
}
