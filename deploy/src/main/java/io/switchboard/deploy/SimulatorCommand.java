package io.switchboard.deploy;

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
import java.util.List;
import java.util.Map;

/**
 * {@code ./switchboard sim ...}: drives the running stack's Zoom simulator from the command line.
 *
 * <ul>
 *   <li>{@code sim traffic [--events N] [--rate R] [--duplicates D] [--reorder W] [--delayed D] [--delay-ms M]
 *       [--seed S]}: plays Zoom activity
 *       into the stack's ingest service and waits for the run to finish;
 *   <li>{@code sim validate}: Zoom's url_validation check against the ingest service;
 *   <li>{@code sim counters}: the simulator's grant counters;
 *   <li>{@code sim uninstall [--client C] [--account A]}: the account uninstalls the app at Zoom (its refreshes fail
 *       from now on) and Zoom's {@code app_deauthorized} webhook goes to the ingest service.
 * </ul>
 */
final class SimulatorCommand {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private SimulatorCommand() {}

    static String run(StackConfig config, List<String> arguments) {
        String simulator = service(config, StackConfig.SIMULATOR).url();
        String ingest = service(config, "webhook-ingest-service").url() + "/webhooks/zoom";
        String action = arguments.isEmpty() ? "" : arguments.get(0);
        Map<String, String> options = Options.parse(arguments.subList(Math.min(1, arguments.size()), arguments.size()));
        return switch (action) {
            case "traffic" -> traffic(simulator, ingest, secret(config), options);
            case "validate" ->
                post(
                        simulator + "/_sim/webhooks/validate",
                        "{\"target\":\"" + ingest + "\",\"secret\":\"" + secret(config) + "\"}");
            case "counters" -> get(simulator + "/_sim/counters");
            case "uninstall" ->
                post(
                        simulator + "/_sim/installations/revoke",
                        "{\"clientId\":\"" + options.getOrDefault("client", "switchboard-local") + "\",\"accountId\":\""
                                + options.getOrDefault("account", "SIMACCOUNT00000001") + "\",\"target\":\"" + ingest
                                + "\",\"secret\":\"" + secret(config) + "\"}");
            default ->
                throw new IllegalArgumentException(
                        "usage: switchboard sim traffic|validate|counters|uninstall [options]");
        };
    }

    private static String traffic(String simulator, String ingest, String secret, Map<String, String> options) {
        String body = "{\"target\":\"" + ingest + "\",\"secret\":\"" + secret + "\""
                + ",\"events\":" + Integer.parseInt(options.getOrDefault("events", "100"))
                + ",\"ratePerSecond\":" + Integer.parseInt(options.getOrDefault("rate", "50"))
                + ",\"duplicateRate\":" + Double.parseDouble(options.getOrDefault("duplicates", "0.05"))
                + ",\"reorderWindow\":" + Integer.parseInt(options.getOrDefault("reorder", "3"))
                + ",\"delayedRate\":" + Double.parseDouble(options.getOrDefault("delayed", "0"))
                + ",\"delayMs\":" + Long.parseLong(options.getOrDefault("delay-ms", "5000"))
                + ",\"retryDelayMs\":1000,\"seed\":" + Long.parseLong(options.getOrDefault("seed", "1")) + "}";
        String started = post(simulator + "/_sim/traffic", body);
        String runId = started.replaceAll(".*\"runId\":\"([^\"]+)\".*", "$1");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(30));
        String status = started;
        while (!status.contains("\"finished\":true") && Instant.now().isBefore(deadline)) {
            pause();
            status = get(simulator + "/_sim/traffic/" + runId);
        }
        return status;
    }

    private static String secret(StackConfig config) {
        String fromEnvironment = System.getenv(LocalStack.WEBHOOK_SECRET_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment;
        }
        Path file = config.home().resolve("webhook-secret");
        try {
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("No webhook secret at " + file + ": is the stack running?", e);
        }
    }

    private static ServiceSpec service(StackConfig config, String name) {
        return config.services().stream()
                .filter(service -> service.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static String get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private static String post(String url, String json) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static String send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response =
                    HTTP.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 400) {
                throw new IllegalStateException(
                        "The simulator answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException("The simulator is not reachable: is the stack running?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static void pause() {
        try {
            java.util.concurrent.TimeUnit.MILLISECONDS.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
