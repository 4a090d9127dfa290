package io.switchboard.bench;

import io.switchboard.deploy.ContainerJvm;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The JVMs the benchmarks start the measured servers in; {@code SWITCHBOARD_BENCH_JAVA_OPTS} replaces the options. */
final class ServerJvms {

    private ServerJvms() {}

    /** The plain server JVM's options ({@code SWITCHBOARD_BENCH_JAVA_OPTS}, default {@code -Xmx512m}). */
    static List<String> javaOptions() {
        return javaOptions("-Xmx512m");
    }

    /** The plain server JVM of {@link #javaOptions()}, with no environment of its own. */
    static ContainerJvm plain() {
        return new ContainerJvm(javaOptions(), Map.of());
    }

    /**
     * The JVM that {@code service}'s Deployment runs (deploy/k8s, dev overlay: C1 only, the serial collector, the
     * container's memory and CPU limits as {@code -XX:MaxRAM} and {@code -XX:ActiveProcessorCount}, its malloc
     * arenas).
     */
    static ContainerJvm asDeployed(Path repository, String service) throws IOException {
        ContainerJvm jvm = Deployments.dev(repository, service).jvm();
        return new ContainerJvm(javaOptions(String.join(" ", jvm.options())), jvm.environment());
    }

    /** {@code SWITCHBOARD_BENCH_JAVA_OPTS}, else {@code fallback}, split into options. */
    private static List<String> javaOptions(String fallback) {
        String options = System.getenv().getOrDefault("SWITCHBOARD_BENCH_JAVA_OPTS", fallback);
        return List.of(options.trim().split("\\s+"));
    }
}
