package io.switchboard.deploy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where and how the local stack runs.
 *
 * @param repository the Switchboard checkout, whose modules hold the built services
 * @param home the folder that keeps the stack's data (Kafka logs, PostgreSQL cluster, keys, service logs)
 * @param kafkaPort the broker's client port
 * @param postgresPort PostgreSQL's port
 * @param partitions partitions of each topic created on first start
 * @param identityPort the development OpenID Connect provider's port
 * @param services the services to run, with their ports
 * @param javaOptions JVM options of each service process
 */
public record StackConfig(
        Path repository,
        Path home,
        int kafkaPort,
        int postgresPort,
        int partitions,
        int identityPort,
        List<ServiceSpec> services,
        List<String> javaOptions) {

    /**
     * The JVM options of each service unless {@code SWITCHBOARD_JAVA_OPTS} gives others: those of the base
     * Deployments (deploy/k8s/base/services) for their 512 MiB container, whose heap is 40 % of the limit
     * (KubernetesManifestsTest keeps the two alike).
     */
    public static final String DEFAULT_JAVA_OPTIONS =
            "-Xmx204m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -XX:TrimNativeHeapInterval=10000";

    /**
     * Variables that the Deployments give each service's JVM and the launcher does too, unless its own environment
     * sets them: glibc keeps two malloc arenas instead of eight per core.
     */
    public static final Map<String, String> JVM_ENVIRONMENT = Map.of("MALLOC_ARENA_MAX", "2");

    /** The simulator's name; it starts first and the services' Zoom URLs point at it. */
    public static final String SIMULATOR = "zoom-simulator";

    /**
     * The Zoom simulator and the five services on the ports of DESIGN.md section 3a, shifted by {@code portOffset}.
     */
    public static List<ServiceSpec> defaultServices(int portOffset) {
        return List.of(
                new ServiceSpec(SIMULATOR, 8090 + portOffset, null),
                new ServiceSpec("webhook-ingest-service", 8080 + portOffset, null),
                new ServiceSpec("connection-service", 8081 + portOffset, "connection"),
                new ServiceSpec("user-mapping-service", 8082 + portOffset, "user_mapping"),
                new ServiceSpec("activity-service", 8083 + portOffset, "activity"),
                new ServiceSpec("license-service", 8084 + portOffset, "license"));
    }

    /**
     * The configuration that {@code ./switchboard up} uses: defaults, overridden by {@code SWITCHBOARD_HOME},
     * {@code SWITCHBOARD_KAFKA_PORT}, {@code SWITCHBOARD_POSTGRES_PORT}, {@code SWITCHBOARD_PARTITIONS},
     * {@code SWITCHBOARD_PORT_OFFSET} and {@code SWITCHBOARD_JAVA_OPTS}. The identity provider listens on 8095
     * (shifted by the offset too).
     */
    public static StackConfig fromEnvironment(Path repository, Map<String, String> env) {
        Path home = Path.of(env.getOrDefault(
                "SWITCHBOARD_HOME", repository.resolve(".switchboard").toString()));
        int portOffset = number(env, "SWITCHBOARD_PORT_OFFSET", 0);
        return new StackConfig(
                repository.toAbsolutePath(),
                home.toAbsolutePath(),
                number(env, "SWITCHBOARD_KAFKA_PORT", 19092),
                number(env, "SWITCHBOARD_POSTGRES_PORT", 15432),
                number(env, "SWITCHBOARD_PARTITIONS", 3),
                8095 + portOffset,
                defaultServices(portOffset),
                List.of(env.getOrDefault("SWITCHBOARD_JAVA_OPTS", DEFAULT_JAVA_OPTIONS)
                        .trim()
                        .split("\\s+")));
    }

    /** How the launcher starts each service's JVM: {@link #javaOptions()} and {@link #JVM_ENVIRONMENT}. */
    public ContainerJvm jvm() {
        return new ContainerJvm(javaOptions, JVM_ENVIRONMENT);
    }

    /** The issuer of the stack's tokens: its identity provider's URL. */
    public String issuer() {
        return "http://127.0.0.1:" + identityPort;
    }

    public Path keys() {
        return home.resolve("keys");
    }

    public Path logs() {
        return home.resolve("logs");
    }

    private static int number(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + value + "'");
        }
    }
}
