package io.switchboard.testing;

import io.switchboard.embedded.EmbeddedKafka;
import io.switchboard.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** Kafka in this JVM and PostgreSQL as a child process (libs/embedded), each in a temporary folder of its own. */
final class EmbeddedInfrastructure implements Infrastructure {

    private static final Duration POSTGRES_START = Duration.ofMinutes(2);

    @Override
    public KafkaServer startKafka() {
        Path folder = TemporaryFolders.create("switchboard-kafka-");
        EmbeddedKafka kafka = EmbeddedKafka.create(folder, 0, Map.of()).start();
        return new KafkaServer() {
            @Override
            public String bootstrapServers() {
                return kafka.bootstrapServers();
            }

            @Override
            public void stop() {
                kafka.close();
            }

            @Override
            public void restart() {
                kafka.start();
            }

            @Override
            public void close() {
                kafka.close();
                TemporaryFolders.deleteQuietly(folder);
            }
        };
    }

    @Override
    public PostgresServer startPostgres(String database) {
        Path folder = TemporaryFolders.create("switchboard-postgres-");
        EmbeddedPostgres postgres =
                EmbeddedPostgres.create(folder.resolve("data"), 0, false).start(POSTGRES_START);
        postgres.createDatabase(database);
        return new PostgresServer() {
            @Override
            public String host() {
                return "127.0.0.1";
            }

            @Override
            public int port() {
                return postgres.port();
            }

            @Override
            public void stop() {
                postgres.close();
            }

            @Override
            public void restart() {
                postgres.start(POSTGRES_START);
            }

            @Override
            public void close() {
                postgres.close();
                TemporaryFolders.deleteQuietly(folder);
            }
        };
    }
}
