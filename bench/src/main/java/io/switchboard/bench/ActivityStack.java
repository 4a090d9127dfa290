package io.switchboard.bench;

import io.switchboard.deploy.ContainerJvm;
import io.switchboard.deploy.ServiceProcess;
import io.switchboard.deploy.ServiceSpec;
import io.switchboard.deploy.StackConfig;
import io.switchboard.embedded.EmbeddedKafka;
import io.switchboard.embedded.EmbeddedPostgres;
import io.switchboard.embedded.FreePorts;
import io.switchboard.events.Topics;
import io.switchboard.security.dev.DevIdentityProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The packaged activity-service on embedded Kafka (every topic, 3 partitions), its own PostgreSQL database and the
 * development identity provider, started and ready; closing stops them all.
 */
final class ActivityStack implements AutoCloseable {

    static final String CLIENT_SECRET = "bench-client-secret";

    final Path repository;
    final Path home;
    final EmbeddedKafka kafka;
    final EmbeddedPostgres postgres;
    final DevIdentityProvider identity;
    final ServiceSpec spec;
    /** The JVM activity-service runs in. */
    final ContainerJvm jvm;

    private final ServiceProcess service;

    private ActivityStack(
            Path repository,
            Path home,
            EmbeddedKafka kafka,
            EmbeddedPostgres postgres,
            DevIdentityProvider identity,
            ServiceSpec spec,
            ContainerJvm jvm,
            ServiceProcess service) {
        this.repository = repository;
        this.home = home;
        this.kafka = kafka;
        this.postgres = postgres;
        this.identity = identity;
        this.spec = spec;
        this.jvm = jvm;
        this.service = service;
    }

    /** The stack with activity-service in the measured servers' plain JVM ({@link ServerJvms#plain()}). */
    static ActivityStack start(String name) throws Exception {
        return start(name, false);
    }

    /** The stack with activity-service in the JVM of its Deployment ({@link ServerJvms#asDeployed}). */
    static ActivityStack startAsDeployed(String name) throws Exception {
        return start(name, true);
    }

    private static ActivityStack start(String name, boolean asDeployed) throws Exception {
        Path repository =
                Path.of(System.getProperty("switchboard.repository", ".")).toAbsolutePath();
        Path home = Files.createTempDirectory("switchboard-bench-" + name + "-");
        // PostgreSQL refuses to run as root; libs/embedded then runs it as another user, who must reach the folder.
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
        EmbeddedKafka kafka =
                EmbeddedKafka.create(home.resolve("kafka"), 0, Map.of()).start();
        EmbeddedPostgres postgres = EmbeddedPostgres.create(home.resolve("pg"), FreePorts.next(), false)
                .start(Duration.ofMinutes(2));
        DevIdentityProvider identity = DevIdentityProvider.start(
                BenchServices.keys(),
                FreePorts.next(),
                Map.of("activity-service", CLIENT_SECRET),
                Duration.ofMinutes(60));
        kafka.createTopics(Topics.all(), 3);
        postgres.createDatabase("activity");
        ServiceSpec spec = new ServiceSpec("activity-service", FreePorts.next(), "activity");
        ContainerJvm jvm = asDeployed ? ServerJvms.asDeployed(repository, spec.name()) : ServerJvms.plain();
        StackConfig config = new StackConfig(repository, home, 0, 0, 3, 0, List.of(spec), jvm.options());
        Map<String, String> env =
                BenchServices.env("activity-service", "activity", CLIENT_SECRET, kafka, postgres, identity);
        env.putAll(jvm.environment());
        ServiceProcess service = ServiceProcess.start(config, spec, env);
        ActivityStack stack = new ActivityStack(repository, home, kafka, postgres, identity, spec, jvm, service);
        try {
            service.awaitReady(Duration.ofMinutes(2));
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
        return stack;
    }

    @Override
    public void close() {
        try {
            service.stop(Duration.ofSeconds(20));
        } finally {
            try (identity;
                    postgres;
                    kafka) {
                // closed in reverse order of start
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                throw new IllegalStateException("The embedded stack did not stop cleanly", e);
            }
        }
    }
}
