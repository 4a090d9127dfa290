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
public final class SimulatorCommand {

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
                                + options.getOrDefault("account", LocalStack.SIMULATOR_ACCOUNT_ID) + "\",\"target\":\""
                                + ingest
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
        return withVerdict(status);
    }

    /**
     * The webhook secret to sign with: the one the running stack uses (written at {@code up}, whether it came from
     * {@code SWITCHBOARD_WEBHOOK_SECRETS_DEFAULT} or the stored one), else the one in this command's environment, else
     * the stored one.
     */
    public static String secret(StackConfig config, Map<String, String> environment) {
        Path inUse = config.home().resolve(LocalStack.WEBHOOK_SECRET_IN_USE);
        if (Files.exists(inUse)) {
            return read(inUse);
        }
        String fromEnvironment = environment.get(LocalStack.WEBHOOK_SECRET_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment;
        }
        return read(config.home().resolve("webhook-secret"));
    }

    private static String secret(StackConfig config) {
        return secret(config, System.getenv());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("No webhook secret at " + file + ": is the stack running?", e);
        }
    }

    /** The run's status, and a plain sentence when the ingest service refused deliveries. */
    static String withVerdict(String status) {
        String refused = status.replaceAll(".*\"refused\":(\\d+).*", "$1");
        if (refused.equals(status) || refused.equals("0")) {
            return status;
        }
        return status + System.lineSeparator() + "The ingest service refused " + refused
                + " deliveries (a 4xx answer, so"
                + " Zoom would not retry them). Usually the signature did not verify: the stack was started with"
                + " another webhook secret than this command signs with. See the ingest service's log and"
                + " switchboard_webhook_rejected_total on its /q/metrics.";
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
