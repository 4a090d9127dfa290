package io.switchboard.bench;

import io.switchboard.deploy.ServiceProcess;
import io.switchboard.deploy.ServiceSpec;
import io.switchboard.deploy.StackConfig;
import io.switchboard.embedded.FreePorts;
import java.nio.file.Path;
import java.time.Duration;
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
        ServiceSpec spec = new ServiceSpec("webhook-ingest-service", FreePorts.next(), null);
        StackConfig config = new StackConfig(repository, home, 0, 0, 3, 0, List.of(spec), javaOptions());
        ServiceProcess process = ServiceProcess.start(
                config,
                spec,
                Map.of(
                        "KAFKA_BOOTSTRAP_SERVERS", bootstrapServers,
                        "SWITCHBOARD_WEBHOOK_SECRETS_DEFAULT", secret,
                        "QUARKUS_LOG_LEVEL", "WARN"));
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

    /** The service's JVM options: {@code SWITCHBOARD_BENCH_JAVA_OPTS}, else {@code fallback}. */
    static List<String> javaOptions(String fallback) {
        String options = System.getenv().getOrDefault("SWITCHBOARD_BENCH_JAVA_OPTS", fallback);
        return List.of(options.trim().split("\\s+"));
    }
}
