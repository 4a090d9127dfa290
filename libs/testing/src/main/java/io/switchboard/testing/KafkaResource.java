package io.switchboard.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Points the application under test at the JVM's shared, real Kafka broker. */
public class KafkaResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", SharedInfrastructure.kafkaBootstrapServers());
    }

    @Override
    public void stop() {
        // The broker is shared by every test class of the JVM and stops when the JVM exits.
    }
}
