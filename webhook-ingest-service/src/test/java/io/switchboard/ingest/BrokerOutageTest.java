package io.switchboard.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.events.Topics;
import io.switchboard.rest.problem.Problem;
import io.switchboard.testing.SharedInfrastructure;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * With the broker down the service answers 503 within the bound (so Zoom retries), never 2xx; once the broker is
 * back the retried delivery is accepted, and nothing acknowledged before the outage is lost.
 */
@QuarkusTest
class BrokerOutageTest {

    @Test
    void answers503WhileKafkaIsDownAndAcceptsTheRetryAfterwards() {
        List<byte[]> ackedBefore = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            byte[] body = Deliveries.uniqueEvent("meeting.started");
            Deliveries.post(body).statusCode(204);
            ackedBefore.add(body);
        }
        byte[] duringOutage = Deliveries.uniqueEvent("meeting.ended");
        long timestamp = Instant.now().getEpochSecond();

        SharedInfrastructure.withKafkaStopped(() -> {
            long started = System.nanoTime();
            Deliveries.post("/webhooks/zoom", duringOutage, Deliveries.DEFAULT_SECRET, timestamp)
                    .statusCode(503)
                    .contentType(Problem.MEDIA_TYPE);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertTrue(took.compareTo(Duration.ofMillis(2_900)) < 0, "answered within Zoom's 3 s, took " + took);
        });

        // Zoom's retry of the same delivery, once the broker is back.
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> Deliveries.post("/webhooks/zoom", duringOutage, Deliveries.DEFAULT_SECRET, timestamp + 5)
                                .extract()
                                .statusCode()
                        == 204);
        assertTrue(
                Deliveries.recordsOf(Topics.ZOOM_MEETING, duringOutage).size() >= 1,
                "the retried delivery is in Kafka");
        for (byte[] body : ackedBefore) {
            assertEquals(1, Deliveries.recordsOf(Topics.ZOOM_MEETING, body).size());
        }
    }
}
