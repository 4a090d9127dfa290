package io.switchboard.bench;

import io.switchboard.deploy.ContainerJvm;
import io.switchboard.deploy.ServiceProcess;
import io.switchboard.deploy.ServiceSpec;
import io.switchboard.deploy.StackConfig;
import io.switchboard.embedded.FreePorts;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The packaged webhook-ingest-service as its own JVM, against a broker of the benchmark, as the stack runs it. */
final class IngestProcess implements AutoCloseable {

    private final ServiceSpec spec;
    private final ServiceProcess process;

    private IngestProcess(ServiceSpec spec, ServiceProcess process) {
        this.spec = spec;
        this.process = process;
    }

    /** Starts the service with webhook secret {@code secret} for app key {@code default}, and waits until ready. */
    static IngestProcess start(Path repository, Path home, String bootstrapServers, String secret) {
        return start(repository, home, bootstrapServers, secret, plainJvm());
    }

    /** As {@link #start(Path, Path, String, String)}, in the JVM of the service's Deployment ({@link #asDeployed}). */
    static IngestProcess startAsDeployed(Path repository, Path home, String bootstrapServers, String secret)
            throws IOException {
        return start(repository, home, bootstrapServers, secret, asDeployed(repository, "webhook-ingest-service"));
    }

    private static IngestProcess start(
            Path repository, Path home, String bootstrapServers, String secret, ContainerJvm jvm) {
        ServiceSpec spec = new ServiceSpec("webhook-ingest-service", FreePorts.next(), null);
        StackConfig config = new StackConfig(repository, home, 0, 0, 3, 0, List.of(spec), jvm.options());
        Map<String, String> env = new HashMap<>(jvm.environment());
        env.put("KAFKA_BOOTSTRAP_SERVERS", bootstrapServers);
        env.put("SWITCHBOARD_WEBHOOK_SECRETS_DEFAULT", secret);
        env.put("QUARKUS_LOG_LEVEL", "WARN");
        ServiceProcess process = ServiceProcess.start(config, spec, env);
        try {
            process.awaitReady(Duration.ofMinutes(2));
        } catch (RuntimeException e) {
            process.stop(Duration.ofSeconds(20));
            throw e;
        }
        return new IngestProcess(spec, process);
    }

    int port() {
        return spec.port();
    }

    String webhookUrl() {
        return "http://127.0.0.1:" + spec.port() + "/webhooks/zoom";
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(20));
    }

    /** The JVM options of the measured servers ({@code SWITCHBOARD_BENCH_JAVA_OPTS}, default {@code -Xmx512m}). */
    static List<String> javaOptions() {
        return javaOptions("-Xmx512m");
    }

    /** The measured servers' JVM of {@link #javaOptions()}, with no environment of its own. */
    static ContainerJvm plainJvm() {
        return new ContainerJvm(javaOptions(), Map.of());
    }

    /**
     * The JVM that {@code service}'s Deployment runs (deploy/k8s, dev overlay: C1 only, the serial collector, the
     * container's memory and CPU limits as {@code -XX:MaxRAM} and {@code -XX:ActiveProcessorCount}, its malloc
     * arenas); {@code SWITCHBOARD_BENCH_JAVA_OPTS} replaces its options.
     */
    static ContainerJvm asDeployed(Path repository, String service) throws IOException {
        ContainerJvm jvm = Deployments.dev(repository, service).jvm();
        return new ContainerJvm(javaOptions(String.join(" ", jvm.options())), jvm.environment());
    }

    /** The service's JVM options: {@code SWITCHBOARD_BENCH_JAVA_OPTS}, else {@code fallback}. */
    static List<String> javaOptions(String fallback) {
        String options = System.getenv().getOrDefault("SWITCHBOARD_BENCH_JAVA_OPTS", fallback);
        return List.of(options.trim().split("\\s+"));
    }
}
