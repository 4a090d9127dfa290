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
    private final ContainerJvm jvm;

    private IngestProcess(ServiceSpec spec, ServiceProcess process, ContainerJvm jvm) {
        this.spec = spec;
        this.process = process;
        this.jvm = jvm;
    }

    /** Starts the service with webhook secret {@code secret} for app key {@code default}, and waits until ready. */
    static IngestProcess start(Path repository, Path home, String bootstrapServers, String secret) {
        return start(repository, home, bootstrapServers, secret, ServerJvms.plain());
    }

    /** As {@link #start(Path, Path, String, String)}, in the JVM of the service's Deployment. */
    static IngestProcess startAsDeployed(Path repository, Path home, String bootstrapServers, String secret)
            throws IOException {
        return start(
                repository,
                home,
                bootstrapServers,
                secret,
                ServerJvms.asDeployed(repository, "webhook-ingest-service"));
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
        return new IngestProcess(spec, process, jvm);
    }

    /** The JVM the service runs in. */
    ContainerJvm jvm() {
        return jvm;
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
}
