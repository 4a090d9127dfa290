package io.switchboard.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.events.CloudEventHeaders;
import io.switchboard.events.Topics;
import io.switchboard.testing.KafkaTestClient;
import io.switchboard.testing.ZoomSamples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Every Zoom sample, signed as Zoom signs it, lands on its topic with its key, headers and raw body. */
@QuarkusTest
class WebhookSamplesTest {

    /** Expected topic and key of each sample, worked out by hand from DESIGN.md section 2 and the sample. */
    private static final Map<String, String[]> EXPECTED = new HashMap<>();

    static {
        String meeting = "4444AAAiAAAAAiAiAiiAii==";
        expect("account.created", Topics.ZOOM_APP, "AAAAAABBBB");
        expect("account.disassociated", Topics.ZOOM_APP, "AAAAAABBBB");
        expect("account.updated", Topics.ZOOM_APP, "AAAAAABBBB");
        expect("app_deauthorized", Topics.ZOOM_APP, "AAAAAABBBB");
        expect("meeting.created", Topics.ZOOM_MEETING, meeting);
        expect("meeting.deleted", Topics.ZOOM_MEETING, "5yDZGNlQSV6qOjg4NxajHQ==");
        expect("meeting.ended", Topics.ZOOM_MEETING, meeting);
        expect("meeting.participant_joined", Topics.ZOOM_MEETING, meeting);
        expect("meeting.participant_left", Topics.ZOOM_MEETING, meeting);
        expect("meeting.started", Topics.ZOOM_MEETING, "Wk9PTV9NRUVUSU5HX0lE");
        // meeting.updated carries no uuid: its numeric meeting id keys it.
        expect("meeting.updated", Topics.ZOOM_MEETING, "94890226305");
        for (String phone : List.of(
                "callee_answered",
                "callee_call_element_completed",
                "callee_call_history_completed",
                "callee_call_log_completed",
                "callee_ended",
                "callee_missed",
                "caller_call_element_completed",
                "caller_call_history_completed",
                "caller_call_log_completed",
                "caller_connected",
                "caller_ended")) {
            expect("phone." + phone, Topics.ZOOM_PHONE, "6998252113337041462");
        }
        expect("recording.completed", Topics.ZOOM_RECORDING, meeting);
        for (String user : List.of(
                "activated",
                "created",
                "deactivated",
                "deleted",
                "disassociated",
                "invitation_accepted",
                "signed_in",
                "signed_out")) {
            expect("user." + user, Topics.ZOOM_USER, "AAAAAABBBB:abcD3ojfdbjfg");
        }
        expect("user.updated", Topics.ZOOM_USER, "AAAAAABBBB:eUblMKLnTMKX0pVvNAlA0Q");
        for (String webinar : List.of("ended", "participant_joined", "participant_left", "started")) {
            expect("webinar." + webinar, Topics.ZOOM_WEBINAR, meeting);
        }
    }

    private static void expect(String sample, String topic, String key) {
        EXPECTED.put(sample, new String[] {topic, key});
    }

    @Test
    void everySampleLandsOnItsTopicWithItsKeyAndCloudEventHeaders() throws Exception {
        Map<String, byte[]> sent = new HashMap<>();
        for (Path file : ZoomSamples.webhookEvents()) {
            String sample = file.getFileName().toString().replace(".json", "");
            if (sample.equals("endpoint.url_validation")) {
                continue; // answered, never published: see UrlValidationTest
            }
            assertTrue(EXPECTED.containsKey(sample), "no expectation written down for sample " + sample);
            byte[] body = Files.readAllBytes(file);
            Deliveries.post(body).statusCode(204);
            sent.put(sample, body);
        }
        assertEquals(EXPECTED.keySet(), sent.keySet(), "every expected sample exists and was sent");

        Map<String, List<ConsumerRecord<String, String>>> topics = new HashMap<>();
        sent.forEach((sample, body) -> {
            String[] expected = EXPECTED.get(sample);
            String value = new String(body, StandardCharsets.UTF_8);
            List<ConsumerRecord<String, String>> records =
                    topics.computeIfAbsent(expected[0], KafkaTestClient::readAll).stream()
                            .filter(record -> value.equals(record.value()))
                            .toList();
            assertEquals(1, records.size(), sample + " should be on " + expected[0] + " once");
            ConsumerRecord<String, String> record = records.get(0);
            assertEquals(expected[1], record.key(), sample + " key");
            assertEquals(sample, KafkaTestClient.header(record, CloudEventHeaders.TYPE), sample + " ce_type");
            assertEquals("1.0", KafkaTestClient.header(record, CloudEventHeaders.SPEC_VERSION));
            assertEquals("/zoom/default", KafkaTestClient.header(record, CloudEventHeaders.SOURCE));
            assertEquals(expected[1], KafkaTestClient.header(record, CloudEventHeaders.SUBJECT));
            assertEquals("application/json", KafkaTestClient.header(record, CloudEventHeaders.CONTENT_TYPE));
            assertFalse(KafkaTestClient.header(record, CloudEventHeaders.ID).isBlank());
            Instant.parse(KafkaTestClient.header(record, CloudEventHeaders.TIME));
            assertTrue(KafkaTestClient.header(record, "zoom_request_id") != null, sample + " keeps Zoom's request id");
        });
    }

    @Test
    void usesZoomsEventTimeAsTheCloudEventTime() {
        byte[] body = Deliveries.uniqueEvent("meeting.ended", 1626230691572L);
        Deliveries.post(body).statusCode(204);
        var record = Deliveries.recordsOf(Topics.ZOOM_MEETING, body).get(0);
        assertEquals("2021-07-14T02:44:51.572Z", KafkaTestClient.header(record, CloudEventHeaders.TIME));
    }

    @Test
    void keepsAnEventOfAnUnknownFamilyOnTheUnroutedTopic() {
        byte[] body = Deliveries.uniqueEvent("chat_message.sent");
        Deliveries.post(body).statusCode(204);
        var records = Deliveries.recordsOf(Topics.ZOOM_UNROUTED, body);
        assertEquals(1, records.size());
        assertEquals("acc-test", records.get(0).key());
    }
}
