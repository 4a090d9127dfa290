package io.switchboard.bench;

import io.switchboard.embedded.FreePorts;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** {@link BareWebhookServer} as its own JVM, with the same Java options as the ingest process. */
final class BareProcess implements AutoCloseable {

    private final Process process;
    private final int port;

    private BareProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static BareProcess start(String secret, List<String> javaOptions) throws IOException {
        return start(secret, javaOptions, Map.of());
    }

    /** The bare server with {@code javaOptions}, and {@code environment} added to this process's own. */
    static BareProcess start(String secret, List<String> javaOptions, Map<String, String> environment)
            throws IOException {
        int port = FreePorts.next();
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(javaOptions);
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                BareWebhookServer.class.getName(),
                Integer.toString(port),
                secret));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        BufferedReader output =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = output.readLine()) != null && !line.startsWith("listening")) {
            System.out.println("bare server: " + line);
        }
        if (line == null) {
            throw new IllegalStateException("The bare server exited before it listened");
        }
        Thread drain = new Thread(() -> output.lines().forEach(ignored -> {}), "bare-server-output");
        drain.setDaemon(true);
        drain.start();
        return new BareProcess(process, port);
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    int port() {
        return port;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
