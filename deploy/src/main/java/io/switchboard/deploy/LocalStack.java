package io.switchboard.deploy;

import io.switchboard.embedded.EmbeddedKafka;
import io.switchboard.embedded.EmbeddedPostgres;
import io.switchboard.events.Topics;
import io.switchboard.security.dev.DevIdentityProvider;
import io.switchboard.security.dev.DevKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * The whole Switchboard stack on one machine: an embedded Kafka broker (in this JVM), an embedded PostgreSQL
 * (child process) and each service as its own JVM, all on 127.0.0.1. Data stays under the configured home folder
 * across restarts.
 */
public final class LocalStack implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LocalStack.class);
    /** Variable that carries the webhook secret of app key {@code default} to the ingest service. */
    public static final String WEBHOOK_SECRET_VARIABLE = "SWITCHBOARD_WEBHOOK_SECRETS_DEFAULT";

    /** The file in the home folder that holds the webhook secret of the running stack. */
    public static final String WEBHOOK_SECRET_IN_USE = "webhook-secret.in-use";

    /** The simulator's OAuth app that the local stack's connection-service uses. */
    public static final String SIMULATOR_CLIENT_ID = "switchboard-local";

    /** The simulated Zoom account that the simulator's OAuth app {@value #SIMULATOR_CLIENT_ID} is installed on. */
    public static final String SIMULATOR_ACCOUNT_ID = "SIMACCOUNT00000001";

    private static final String SIMULATOR_CLIENT_SECRET = "switchboard-local-secret";

    private final StackConfig config;
    private final Function<ServiceSpec, ContainerJvm> jvms;
    private final List<ServiceProcess> services = new ArrayList<>();
    private EmbeddedKafka kafka;
    private EmbeddedPostgres postgres;
    private String webhookSecret;
    private String tokenKey;
    private String serviceClientSecret;
    private DevIdentityProvider identity;

    private LocalStack(StackConfig config, Function<ServiceSpec, ContainerJvm> jvms) {
        this.config = config;
        this.jvms = jvms;
    }

    /** Starts everything and returns once every service reports ready; on failure, stops what it started. */
    public static LocalStack start(StackConfig config, Map<String, String> environment) {
        return start(config, environment, service -> config.jvm());
    }

    /**
     * Starts everything as {@link #start(StackConfig, Map)} does, each service with the JVM options and variables
     * that {@code jvms} gives it (a benchmark runs them as their Deployments do).
     */
    public static LocalStack start(
            StackConfig config, Map<String, String> environment, Function<ServiceSpec, ContainerJvm> jvms) {
        LocalStack stack = new LocalStack(config, jvms);
        try {
            stack.startAll(environment);
            return stack;
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    private void startAll(Map<String, String> environment) {
        prepareHome();
        KeyPair keys = DevKeys.loadOrCreate(config.keys());
        serviceClientSecret = storedSecret("service-client-secret", 24, false);
        Map<String, String> clients = new TreeMap<>();
        config.services().forEach(service -> clients.put(service.name(), serviceClientSecret));
        LOG.infof("Starting the development identity provider on %s", config.issuer());
        identity = DevIdentityProvider.start(keys, config.identityPort(), clients, Duration.ofMinutes(10));
        webhookSecret = environment.getOrDefault(WEBHOOK_SECRET_VARIABLE, storedSecret("webhook-secret", 24, false));
        // What ./switchboard sim signs with: the secret the running services use, wherever it came from.
        writePrivate(config.home().resolve(WEBHOOK_SECRET_IN_USE), webhookSecret);
        tokenKey = storedSecret("connection-token-key", 32, true);

        LOG.infof("Starting Kafka (KRaft) on 127.0.0.1:%d", config.kafkaPort());
        kafka = EmbeddedKafka.create(
                        config.home().resolve("kafka"),
                        config.kafkaPort(),
                        Map.of("num.partitions", Integer.toString(config.partitions())))
                .start();
        kafka.createTopics(Topics.all(), config.partitions());

        LOG.infof("Starting PostgreSQL on 127.0.0.1:%d", config.postgresPort());
        postgres = EmbeddedPostgres.create(config.home().resolve("postgres/data"), config.postgresPort(), true)
                .start(Duration.ofMinutes(2));
        config.services().stream()
                .filter(service -> service.database() != null)
                .forEach(service -> postgres.createDatabase(service.database()));

        for (ServiceSpec service : config.services()) {
            LOG.infof("Starting %s on %s", service.name(), service.url());
            ContainerJvm jvm = jvms.apply(service);
            Map<String, String> env = serviceEnvironment(service);
            env.putAll(jvm.environment());
            services.add(ServiceProcess.start(config, service, jvm.options(), env));
        }
        List<CompletableFuture<Void>> readiness = services.stream()
                .map(service -> CompletableFuture.runAsync(() -> service.awaitReady(Duration.ofMinutes(3))))
                .toList();
        CompletableFuture.allOf(readiness.toArray(CompletableFuture[]::new)).join();
    }

    private Map<String, String> serviceEnvironment(ServiceSpec service) {
        Map<String, String> env = new TreeMap<>();
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        // Tokens are verified against the identity provider's JWKS, issuer and audience, as in production; services
        // that call others get their own token there with the client_credentials grant (quarkus-oidc-client).
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", identity.jwksUri());
        env.put("MP_JWT_VERIFY_ISSUER", identity.issuer());
        env.put("QUARKUS_OIDC_CLIENT_AUTH_SERVER_URL", identity.issuer());
        env.put("QUARKUS_OIDC_CLIENT_CLIENT_ID", service.name());
        env.put("QUARKUS_OIDC_CLIENT_CREDENTIALS_SECRET", serviceClientSecret);
        env.put(WEBHOOK_SECRET_VARIABLE, webhookSecret);
        env.put("SWITCHBOARD_CONNECTION_ENCRYPTION_KEYS_LOCAL", tokenKey);
        env.put("SWITCHBOARD_CONNECTION_ENCRYPTION_ACTIVE_KEY", "local");
        for (ServiceSpec other : config.services()) {
            if (other.name().equals("connection-service")) {
                env.put("SWITCHBOARD_CONNECTION_SERVICE_URL", other.url());
                env.put("SWITCHBOARD_ZOOM_REDIRECT_URI", other.url() + "/oauth/zoom/callback");
            }
            if (other.name().equals(StackConfig.SIMULATOR)) {
                // Zoom cannot be reached from here: every service talks to the simulator's OAuth app.
                env.put("SWITCHBOARD_ZOOM_OAUTH_BASE_URL", other.url());
                env.put("SWITCHBOARD_ZOOM_API_BASE_URL", other.url() + "/v2");
                env.put("SWITCHBOARD_ZOOM_CLIENT_ID", SIMULATOR_CLIENT_ID);
                env.put("SWITCHBOARD_ZOOM_CLIENT_SECRET", SIMULATOR_CLIENT_SECRET);
            }
        }
        if (service.database() != null) {
            env.put("QUARKUS_DATASOURCE_REACTIVE_URL", postgres.reactiveUrl(service.database()));
            env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(service.database()));
            env.put("QUARKUS_DATASOURCE_USERNAME", EmbeddedPostgres.USER);
            env.put("QUARKUS_DATASOURCE_PASSWORD", EmbeddedPostgres.USER);
        }
        return env;
    }

    private void prepareHome() {
        try {
            Files.createDirectories(config.home());
            // PostgreSQL runs as 'nobody' when the launcher is root, and must be able to enter the home folder.
            Files.setPosixFilePermissions(config.home(), PosixFilePermissions.fromString("rwx--x--x"));
            Files.createDirectories(config.home().resolve("postgres"));
            Files.setPosixFilePermissions(
                    config.home().resolve("postgres"), PosixFilePermissions.fromString("rwx--x--x"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare " + config.home(), e);
        }
    }

    private static void writePrivate(Path file, String value) {
        try {
            Files.writeString(file, value);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }

    /** A random secret of {@code bytes} bytes kept in the home folder (hex, or base64 when asked). */
    private String storedSecret(String name, int bytes, boolean base64) {
        Path file = config.home().resolve(name);
        try {
            if (!Files.exists(file)) {
                byte[] random = new byte[bytes];
                new SecureRandom().nextBytes(random);
                Files.writeString(
                        file,
                        base64
                                ? Base64.getEncoder().encodeToString(random)
                                : HexFormat.of().formatHex(random));
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or write " + file, e);
        }
    }

    public StackConfig config() {
        return config;
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** The JDBC URL of {@code database} on the stack's PostgreSQL (user {@link EmbeddedPostgres#USER}, trust authentication). */
    public String jdbcUrl(String database) {
        return postgres.jdbcUrl(database);
    }

    /** The running service {@code name}. */
    public ServiceProcess service(String name) {
        return services.stream()
                .filter(service -> service.spec().name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name));
    }

    public String webhookSecret() {
        return webhookSecret;
    }

    /** A development token signed with the stack's key, which every service trusts. */
    public String token(String subject, String org, List<String> groups, Duration lifetime) {
        return identity.tokens().mint(subject, org, groups, List.of(), lifetime);
    }

    /** Stops the services (gracefully, in parallel), then PostgreSQL, then Kafka. */
    @Override
    public void close() {
        List<CompletableFuture<Void>> stops = services.stream()
                .map(service -> CompletableFuture.runAsync(() -> service.stop(Duration.ofSeconds(20))))
                .toList();
        CompletableFuture.allOf(stops.toArray(CompletableFuture[]::new)).join();
        services.clear();
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
        if (identity != null) {
            identity.close();
            identity = null;
        }
    }
}
