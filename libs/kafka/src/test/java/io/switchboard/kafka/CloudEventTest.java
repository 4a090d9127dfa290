package io.switchboard.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.switchboard.events.CloudEventHeaders;
import java.time.Instant;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class CloudEventTest {

    @Test
    void attributesWrittenToHeadersReadBackUnchanged() {
        CloudEvent event =
                new CloudEvent("id-1", "connection.removed", "/test", "c-1", Instant.parse("2026-11-30T10:15:30Z"));
        RecordHeaders headers = new RecordHeaders();
        event.writeTo(headers);
        assertEquals(event, CloudEvent.read(headers));
        assertEquals("1.0", CloudEvent.header(headers, CloudEventHeaders.SPEC_VERSION));
    }

    @Test
    void aRecordWithoutIdOrTypeIsRefused() {
        RecordHeaders noId = new RecordHeaders();
        CloudEvent.add(noId, CloudEventHeaders.TYPE, "app_deauthorized");
        assertThrows(IllegalArgumentException.class, () -> CloudEvent.read(noId));
        RecordHeaders noType = new RecordHeaders();
        CloudEvent.add(noType, CloudEventHeaders.ID, "id-2");
        assertThrows(IllegalArgumentException.class, () -> CloudEvent.read(noType));
    }

    @Test
    void anUnreadableTimeIsLeftOutRatherThanRefused() {
        RecordHeaders headers = new RecordHeaders();
        CloudEvent.add(headers, CloudEventHeaders.ID, "id-3");
        CloudEvent.add(headers, CloudEventHeaders.TYPE, "meeting.started");
        CloudEvent.add(headers, CloudEventHeaders.TIME, "yesterday");
        assertNull(CloudEvent.read(headers).time());
    }
}
