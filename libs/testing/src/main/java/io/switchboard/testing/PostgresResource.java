package io.switchboard.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Points the application under test (reactive client and Flyway) at the JVM's shared, real PostgreSQL. */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        String database = SharedInfrastructure.DATABASE;
        return Map.of(
                "quarkus.datasource.reactive.url",
                SharedInfrastructure.postgresReactiveUrl(database),
                "quarkus.datasource.jdbc.url",
                SharedInfrastructure.postgresJdbcUrl(database),
                "quarkus.datasource.username",
                Infrastructure.POSTGRES_USER,
                "quarkus.datasource.password",
                Infrastructure.POSTGRES_PASSWORD);
    }

    @Override
    public void stop() {
        // The server is shared by every test class of the JVM and stops when the JVM exits.
    }
}
