package io.switchboard.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

/** The durability settings cannot be weakened by the service's own Kafka configuration. */
class DurableProducerSettingsTest {

    @Test
    void acksIdempotenceAndNonBlockingSendsWinOverTheBaseConfiguration() {
        Map<String, Object> settings = DurableProducer.settings(
                Map.of(
                        ProducerConfig.ACKS_CONFIG,
                        "1",
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                        false,
                        ProducerConfig.MAX_BLOCK_MS_CONFIG,
                        60_000,
                        ProducerConfig.LINGER_MS_CONFIG,
                        7),
                "test");
        assertEquals("all", settings.get(ProducerConfig.ACKS_CONFIG));
        assertEquals(true, settings.get(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG));
        assertEquals(0, settings.get(ProducerConfig.MAX_BLOCK_MS_CONFIG));
        assertEquals(7, settings.get(ProducerConfig.LINGER_MS_CONFIG), "tuning stays the service's");
    }

    @Test
    void aCallersDeadlineBecomesTheDeliveryTimeout() {
        Map<String, Object> settings = DurableProducer.settings(Map.of(), "test", Duration.ofSeconds(2));
        assertEquals(2_000, settings.get(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG));
    }

    @Test
    void aDeliveryTimeoutShorterThanOneRequestIsRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> DurableProducer.settings(Map.of(), "test", Duration.ofMillis(1_000)));
    }
}
