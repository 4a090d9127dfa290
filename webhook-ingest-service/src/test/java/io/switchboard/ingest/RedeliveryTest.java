package io.switchboard.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.events.CloudEventHeaders;
import io.switchboard.events.Topics;
import io.switchboard.testing.KafkaTestClient;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Zoom re-sends a delivery it thinks failed; the copies carry one ce_id so that consumers drop the repeat. */
@QuarkusTest
class RedeliveryTest {

    @Test
    void theSameDeliveryTwiceCarriesTheSameEventId() {
        byte[] body = Deliveries.uniqueEvent("meeting.participant_joined");
        long first = Instant.now().getEpochSecond();
        Deliveries.post("/webhooks/zoom", body, Deliveries.DEFAULT_SECRET, first)
                .statusCode(204);
        // Zoom's retry: same body, new timestamp and signature.
        Deliveries.post("/webhooks/zoom", body, Deliveries.DEFAULT_SECRET, first + 1)
                .statusCode(204);

        var records = Deliveries.recordsOf(Topics.ZOOM_MEETING, body);
        assertEquals(2, records.size());
        assertEquals(
                KafkaTestClient.header(records.get(0), CloudEventHeaders.ID),
                KafkaTestClient.header(records.get(1), CloudEventHeaders.ID));
    }

    @Test
    void differentDeliveriesCarryDifferentEventIds() {
        byte[] one = Deliveries.uniqueEvent("meeting.participant_left");
        byte[] two = Deliveries.uniqueEvent("meeting.participant_left");
        Deliveries.post(one).statusCode(204);
        Deliveries.post(two).statusCode(204);
        assertNotEquals(
                KafkaTestClient.header(
                        Deliveries.recordsOf(Topics.ZOOM_MEETING, one).get(0), CloudEventHeaders.ID),
                KafkaTestClient.header(
                        Deliveries.recordsOf(Topics.ZOOM_MEETING, two).get(0), CloudEventHeaders.ID));
    }
}
