package io.switchboard.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.events.TopicSpec;
import io.switchboard.events.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaTest {

    @TempDir
    Path folder;

    @Test
    void createsTheContractTopicsAndKeepsRecordsAcrossARestart() throws Exception {
        Path logs = folder.resolve("kafka");
        try (EmbeddedKafka kafka = EmbeddedKafka.create(logs, 0, Map.of()).start()) {
            kafka.createTopics(Topics.all(), 2);
            kafka.createTopics(Topics.all(), 2); // a second call finds them all and changes nothing
            try (Admin admin =
                    Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
                assertTrue(admin.listTopics()
                        .names()
                        .get(30, TimeUnit.SECONDS)
                        .containsAll(Topics.all().stream().map(TopicSpec::name).toList()));
                var resource = new ConfigResource(ConfigResource.Type.TOPIC, Topics.MAPPINGS);
                var config = admin.describeConfigs(List.of(resource))
                        .all()
                        .get(30, TimeUnit.SECONDS)
                        .get(resource);
                assertEquals(
                        TopicConfig.CLEANUP_POLICY_COMPACT,
                        config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value());
            }
            Map<String, Object> producerConfig = Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    kafka.bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG,
                    "all");
            try (var producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>(Topics.ZOOM_MEETING, "uuid-1", "{\"event\":\"meeting.started\"}"))
                        .get(30, TimeUnit.SECONDS);
            }
        }
        try (EmbeddedKafka kafka = EmbeddedKafka.create(logs, 0, Map.of()).start()) {
            assertEquals(List.of("uuid-1"), readKeys(kafka.bootstrapServers(), Topics.ZOOM_MEETING, 1));
        }
    }

    private static List<String> readKeys(String bootstrap, String topic, int expected) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "embedded-kafka-test",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> keys = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (keys.size() < expected && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> keys.add(record.key()));
            }
        }
        return keys;
    }
}
