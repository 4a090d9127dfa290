package io.switchboard.deploy;

import io.switchboard.embedded.ProcessWatchdog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One service JVM of the local stack, supervised so that it never outlives the launcher. */
public final class ServiceProcess {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Duration POLL = Duration.ofMillis(250);

    private final ServiceSpec spec;
    private final Path log;
    private final Process process;

    private ServiceProcess(ServiceSpec spec, Path log, Process process) {
        this.spec = spec;
        this.log = log;
        this.process = process;
    }

    /**
     * Starts the service's packaged application. Variables of {@code defaults} that the launcher's own environment
     * also sets keep the environment's value, so whatever is given to {@code ./switchboard up} wins.
     */
    public static ServiceProcess start(StackConfig config, ServiceSpec spec, Map<String, String> defaults) {
        return start(config, spec, config.javaOptions(), defaults);
    }

    /** Starts the service as {@link #start(StackConfig, ServiceSpec, Map)} does, with JVM options of its own. */
    public static ServiceProcess start(
            StackConfig config, ServiceSpec spec, List<String> javaOptions, Map<String, String> defaults) {
        Path runner = spec.runner(config.repository());
        if (!Files.isRegularFile(runner)) {
            throw new IllegalStateException(runner + " is missing: build it with ./mvnw -DskipTests package");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions);
        command.add("-jar");
        command.add(runner.toString());
        Path log = config.logs().resolve(spec.name() + ".log");
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(ProcessWatchdog.wrap("TERM", command))
                    .directory(config.home().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            Map<String, String> environment = environment(builder.environment(), defaults, spec);
            builder.environment().clear();
            builder.environment().putAll(environment);
            return new ServiceProcess(spec, log, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + spec.name(), e);
        }
    }

    /**
     * The environment of a service process: the launcher's own environment ({@code inherited}), plus each of the
     * launcher's {@code defaults} that the environment does not set, plus the service's HTTP port. So a variable
     * given to {@code ./switchboard up} wins over the launcher's default for it.
     */
    static Map<String, String> environment(
            Map<String, String> inherited, Map<String, String> defaults, ServiceSpec spec) {
        Map<String, String> environment = new java.util.HashMap<>(inherited);
        defaults.forEach(environment::putIfAbsent);
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(spec.port()));
        return environment;
    }

    /** Waits until {@code /q/health/ready} answers 200; fails early if the process dies. */
    public void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest ready = HttpRequest.newBuilder(URI.create(spec.url() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2))
                .build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        spec.name() + " exited with code " + process.exitValue() + "; see " + log);
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + spec.name(), e);
            }
            pause();
        }
        throw new IllegalStateException(spec.name() + " was not ready within " + timeout + "; see " + log);
    }

    /** Asks the service to stop (SIGTERM, graceful), then forces it after {@code grace}. */
    public void stop(Duration grace) {
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    /** The service's JVM (the watchdog's child), for measuring it. */
    public ProcessHandle jvm() {
        return process.toHandle()
                .descendants()
                .filter(handle ->
                        handle.info().command().map(c -> c.endsWith("java")).orElse(false))
                .findFirst()
                .orElse(process.toHandle());
    }

    public ServiceSpec spec() {
        return spec;
    }

    private static void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a service", e);
        }
    }
}
