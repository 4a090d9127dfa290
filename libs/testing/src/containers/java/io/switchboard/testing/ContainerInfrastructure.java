package io.switchboard.testing;

import io.switchboard.embedded.EmbeddedKafka;
import io.switchboard.embedded.EmbeddedPostgres;
import io.switchboard.embedded.FreePorts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Kafka and PostgreSQL in containers (Testcontainers), for {@code -Pcontainers}: the apache/kafka image of the build's
 * Kafka version and the postgres image of the zonky binaries' version (container-images.properties, filled in from
 * the root pom), with the settings of the embedded servers. Needs a Docker engine.
 *
 * <p>Each container publishes its port on a fixed free host port, so that a container stopped by a test comes back
 * on the address the clients know and, for Kafka, the one the broker advertises.
 */
public final class ContainerInfrastructure implements Infrastructure {

    private static final int KAFKA_PORT = 9092;
    private static final int POSTGRES_PORT = 5432;
    private static final Duration READY = Duration.ofMinutes(2);

    private final Properties images = images();

    @Override
    public KafkaServer startKafka() {
        KafkaContainer kafka = new KafkaContainer(image("kafka.image"));
        kafka.setPortBindings(List.of(FreePorts.next() + ":" + KAFKA_PORT));
        // The image reads KAFKA_<NAME> as broker property <name> (dots written as underscores).
        EmbeddedKafka.SETTINGS.forEach((name, value) ->
                kafka.withEnv("KAFKA_" + name.toUpperCase(Locale.ROOT).replace('.', '_'), value));
        kafka.withStartupTimeout(READY).start();
        String bootstrapServers = kafka.getBootstrapServers();
        return new KafkaServer() {
            @Override
            public String bootstrapServers() {
                return bootstrapServers;
            }

            @Override
            public void stop() {
                ContainerInfrastructure.stop(kafka);
            }

            @Override
            public void restart() {
                ContainerInfrastructure.restart(kafka, () -> describeCluster(bootstrapServers));
            }

            @Override
            public void close() {
                kafka.stop();
            }
        };
    }

    @Override
    public PostgresServer startPostgres(String database) {
        PostgreSQLContainer postgres = new PostgreSQLContainer(image("postgres.image"))
                .withDatabaseName(database)
                .withUsername(POSTGRES_USER)
                .withPassword(POSTGRES_PASSWORD);
        postgres.setPortBindings(List.of(FreePorts.next() + ":" + POSTGRES_PORT));
        List<String> command = new ArrayList<>(List.of("postgres"));
        for (String setting : EmbeddedPostgres.settings(false)) {
            command.add("-c");
            command.add(setting);
        }
        postgres.withCommand(command.toArray(String[]::new));
        postgres.withStartupTimeout(READY).start();
        String host = postgres.getHost();
        int port = postgres.getMappedPort(POSTGRES_PORT);
        String url = "jdbc:postgresql://" + host + ":" + port + "/" + database;
        return new PostgresServer() {
            @Override
            public String host() {
                return host;
            }

            @Override
            public int port() {
                return port;
            }

            @Override
            public void stop() {
                ContainerInfrastructure.stop(postgres);
            }

            @Override
            public void restart() {
                ContainerInfrastructure.restart(postgres, () -> connect(url));
            }

            @Override
            public void close() {
                postgres.stop();
            }
        };
    }

    /** Stops the container and keeps it (its file system, its port binding) for {@link #restart}. */
    private static void stop(GenericContainer<?> container) {
        container.getDockerClient().stopContainerCmd(container.getContainerId()).exec();
    }

    /** Starts a stopped container again and waits until {@code ready} stops throwing. */
    private static void restart(GenericContainer<?> container, Runnable ready) {
        container
                .getDockerClient()
                .startContainerCmd(container.getContainerId())
                .exec();
        long deadline = System.nanoTime() + READY.toNanos();
        while (true) {
            try {
                ready.run();
                return;
            } catch (RuntimeException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(
                            container.getDockerImageName() + " did not come back within " + READY, e);
                }
                sleep(Duration.ofMillis(250));
            }
        }
    }

    private static void describeCluster(String bootstrapServers) {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                "5000",
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                "5000"))) {
            admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka is not back yet", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Kafka", e);
        }
    }

    private static void connect(String url) {
        try (Connection connection = DriverManager.getConnection(url, POSTGRES_USER, POSTGRES_PASSWORD)) {
            if (!connection.isValid(5)) {
                throw new IllegalStateException("PostgreSQL is not back yet");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is not back yet", e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a container", e);
        }
    }

    private DockerImageName image(String key) {
        String name = images.getProperty(key);
        if (name == null || name.isBlank() || name.contains("${")) {
            throw new IllegalStateException(key + " is not set in container-images.properties: " + name);
        }
        return DockerImageName.parse(name);
    }

    private static Properties images() {
        Properties images = new Properties();
        try (InputStream in = ContainerInfrastructure.class.getResourceAsStream("container-images.properties")) {
            if (in == null) {
                throw new IllegalStateException(
                        "container-images.properties is missing beside " + ContainerInfrastructure.class.getName());
            }
            images.load(in);
            return images;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
