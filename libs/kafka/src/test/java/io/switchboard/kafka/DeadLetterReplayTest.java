package io.switchboard.kafka;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.switchboard.events.CloudEventHeaders;
import io.switchboard.events.Topics;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

class DeadLetterReplayTest {

    @Test
    void aReplayedRecordKeepsKeyValueAndEnvelopeAndLosesTheDeadLetterHeaders() {
        byte[] value = "{\"event\":\"app_deauthorized\"}".getBytes(StandardCharsets.UTF_8);
        ConsumerRecord<String, byte[]> dead = new ConsumerRecord<>(Topics.dlq(Topics.ZOOM_APP), 1, 42L, "acc-1", value);
        CloudEvent.add(dead.headers(), CloudEventHeaders.ID, "id-1");
        CloudEvent.add(dead.headers(), CloudEventHeaders.TYPE, "app_deauthorized");
        CloudEvent.add(dead.headers(), CloudEventHeaders.DLQ_REASON, "a bug, since fixed");
        CloudEvent.add(dead.headers(), CloudEventHeaders.DLQ_TOPIC, Topics.ZOOM_APP);

        ProducerRecord<String, byte[]> back = DeadLetterReplay.restored(Topics.ZOOM_APP, dead);

        assertEquals(Topics.ZOOM_APP, back.topic());
        assertEquals("acc-1", back.key());
        assertArrayEquals(value, back.value());
        assertEquals("id-1", CloudEvent.header(back.headers(), CloudEventHeaders.ID));
        assertEquals("app_deauthorized", CloudEvent.header(back.headers(), CloudEventHeaders.TYPE));
        assertNull(CloudEvent.header(back.headers(), CloudEventHeaders.DLQ_REASON));
        assertNull(CloudEvent.header(back.headers(), CloudEventHeaders.DLQ_TOPIC));
    }
}
