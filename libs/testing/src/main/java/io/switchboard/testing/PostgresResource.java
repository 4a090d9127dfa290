package io.switchboard.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Points the application under test (reactive client and Flyway) at the JVM's shared, real PostgreSQL. */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        int port = SharedInfrastructure.postgresPort();
        String database = SharedInfrastructure.DATABASE;
        return Map.of(
                "quarkus.datasource.reactive.url",
                "postgresql://127.0.0.1:" + port + "/" + database,
                "quarkus.datasource.jdbc.url",
                "jdbc:postgresql://127.0.0.1:" + port + "/" + database,
                "quarkus.datasource.username",
                "postgres",
                "quarkus.datasource.password",
                "postgres");
    }

    @Override
    public void stop() {
        // The server is shared by every test class of the JVM and stops when the JVM exits.
    }
}
