package io.switchboard.testing;

import io.switchboard.embedded.EmbeddedKafka;
import io.switchboard.events.Topics;
import io.switchboard.security.dev.DevIdentityProvider;
import io.switchboard.security.dev.DevKeys;
import io.switchboard.testing.Infrastructure.KafkaServer;
import io.switchboard.testing.Infrastructure.PostgresServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

/**
 * The Kafka broker, PostgreSQL server and token keys of one test JVM: started on first use, shared by every test
 * class of the JVM (also across Quarkus restarts, which may load this class again in another class loader), and
 * stopped when the JVM exits.
 *
 * <p>The addresses are published as system properties, which every class loader of the JVM sees; only the first
 * loader starts the servers. Kafka and PostgreSQL come from the {@link Infrastructure} that system property
 * {@value Infrastructure#PROPERTY} selects: embedded by default, containers with {@code -Pcontainers}.
 */
public final class SharedInfrastructure {

    /** Database that each test JVM's services use. */
    public static final String DATABASE = "switchboard";

    /** Partitions of every topic created for tests. */
    public static final int PARTITIONS = 3;

    private static final String KAFKA_PROPERTY = "switchboard.test.kafka.bootstrap-servers";
    private static final String POSTGRES_PROPERTY = "switchboard.test.postgres.address";
    private static final String KEYS_PROPERTY = "switchboard.test.jwt.keys";
    private static final String ISSUER_PROPERTY = "switchboard.test.identity.issuer";

    /** The service client that the identity provider knows in tests, and its secret. */
    public static final String SERVICE_CLIENT_ID = "test-service";

    public static final String SERVICE_CLIENT_SECRET = "test-service-secret";
    /**
     * The broker, when this class loader started it. Only strings go into system properties: libraries (Narayana,
     * for one) copy them all and fail on anything else.
     */
    private static KafkaServer startedKafka;

    /** The PostgreSQL server, when this class loader started it. */
    private static PostgresServer startedPostgres;

    private SharedInfrastructure() {}

    /** {@code bootstrap.servers} of the shared broker, starting it (with every topic of the contract) if needed. */
    public static String kafkaBootstrapServers() {
        synchronized (System.getProperties()) {
            String running = System.getProperty(KAFKA_PROPERTY);
            if (running != null) {
                return running;
            }
            KafkaServer kafka = Infrastructure.selected().startKafka();
            onExit("stop-kafka", kafka::close);
            EmbeddedKafka.createTopics(kafka.bootstrapServers(), Topics.all(), PARTITIONS);
            startedKafka = kafka;
            System.setProperty(KAFKA_PROPERTY, kafka.bootstrapServers());
            return kafka.bootstrapServers();
        }
    }

    /**
     * Stops the shared broker, runs {@code outage}, and starts the broker again on the same port with the same logs,
     * even if {@code outage} fails. For tests of what a service does while Kafka is down.
     */
    public static void withKafkaStopped(Runnable outage) {
        kafkaBootstrapServers();
        KafkaServer kafka;
        synchronized (System.getProperties()) {
            kafka = startedKafka;
        }
        if (kafka == null) {
            throw new IllegalStateException("The shared broker was started by another class loader of this JVM (a"
                    + " test profile restarted Quarkus); run outage tests in the default profile");
        }
        kafka.stop();
        try {
            outage.run();
        } finally {
            kafka.restart();
        }
    }

    /**
     * {@code host:port} of the shared PostgreSQL server, which holds database {@value #DATABASE}, starting it if
     * needed. Clients log in as {@value Infrastructure#POSTGRES_USER} with {@value Infrastructure#POSTGRES_PASSWORD}.
     */
    public static String postgresAddress() {
        synchronized (System.getProperties()) {
            String running = System.getProperty(POSTGRES_PROPERTY);
            if (running != null) {
                return running;
            }
            PostgresServer postgres = Infrastructure.selected().startPostgres(DATABASE);
            onExit("stop-postgres", postgres::close);
            startedPostgres = postgres;
            String address = postgres.host() + ":" + postgres.port();
            System.setProperty(POSTGRES_PROPERTY, address);
            return address;
        }
    }

    /** A JDBC URL of {@code database} on the shared PostgreSQL server. */
    public static String postgresJdbcUrl(String database) {
        return "jdbc:postgresql://" + postgresAddress() + "/" + database;
    }

    /** A Vert.x reactive client URL of {@code database} on the shared PostgreSQL server. */
    public static String postgresReactiveUrl(String database) {
        return "postgresql://" + postgresAddress() + "/" + database;
    }

    /**
     * Stops the shared PostgreSQL server, runs {@code outage}, and starts it again on the same port with the same
     * data, even if {@code outage} fails. For tests of what a service does while its database is down.
     */
    public static void withPostgresStopped(Runnable outage) {
        postgresAddress();
        PostgresServer postgres;
        synchronized (System.getProperties()) {
            postgres = startedPostgres;
        }
        if (postgres == null) {
            throw new IllegalStateException("The shared PostgreSQL was started by another class loader of this JVM (a"
                    + " test profile restarted Quarkus); run outage tests in the default profile");
        }
        postgres.stop();
        try {
            outage.run();
        } finally {
            postgres.restart();
        }
    }

    /**
     * Makes database {@value #DATABASE} refuse every connection (the open ones are terminated, new ones refused) while
     * {@code outage} runs, then accepts them again, even if {@code outage} fails. To the application it looks like
     * PostgreSQL went down; unlike {@link #withPostgresStopped} it works from any Quarkus restart of the JVM.
     */
    public static void withDatabaseUnavailable(Runnable outage) {
        String url = postgresJdbcUrl("postgres");
        administer(url, "alter database " + DATABASE + " allow_connections false");
        administer(url, "select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + DATABASE + "'");
        try {
            outage.run();
        } finally {
            administer(url, "alter database " + DATABASE + " allow_connections true");
        }
    }

    private static void administer(String url, String statement) {
        try (Connection connection = DriverManager.getConnection(
                        url, Infrastructure.POSTGRES_USER, Infrastructure.POSTGRES_PASSWORD);
                Statement sql = connection.createStatement()) {
            sql.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run on the test PostgreSQL: " + statement, e);
        }
    }

    /**
     * The issuer URL of this JVM's development OpenID Connect provider ({@link DevIdentityProvider}), starting it if
     * needed. It signs with the keys of {@link #keyFolder()} and knows client {@value #SERVICE_CLIENT_ID}.
     */
    public static String identityIssuer() {
        synchronized (System.getProperties()) {
            String running = System.getProperty(ISSUER_PROPERTY);
            if (running != null) {
                return running;
            }
            DevIdentityProvider provider = DevIdentityProvider.start(
                    DevKeys.loadOrCreate(keyFolder()),
                    0,
                    Map.of(SERVICE_CLIENT_ID, SERVICE_CLIENT_SECRET),
                    Duration.ofMinutes(5));
            onExit("stop-identity-provider", provider::close);
            System.setProperty(ISSUER_PROPERTY, provider.issuer());
            return provider.issuer();
        }
    }

    /** Folder that holds this JVM's token signing keys (see {@link TestTokens}). */
    public static Path keyFolder() {
        synchronized (System.getProperties()) {
            String existing = System.getProperty(KEYS_PROPERTY);
            if (existing != null) {
                return Path.of(existing);
            }
            Path folder = TemporaryFolders.create("switchboard-keys-");
            onExit("delete-keys", () -> TemporaryFolders.deleteQuietly(folder));
            System.setProperty(KEYS_PROPERTY, folder.toString());
            return folder;
        }
    }

    private static void onExit(String name, Runnable action) {
        Runtime.getRuntime().addShutdownHook(new Thread(action, "switchboard-test-" + name));
    }
}
