package io.switchboard.deploy;

import io.switchboard.deploy.demo.Demo;
import io.switchboard.security.Roles;
import io.switchboard.security.dev.DevKeys;
import io.switchboard.security.dev.DevTokens;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The launcher behind {@code ./switchboard}: {@code up} runs the local stack in the foreground until Ctrl-C or
 * SIGTERM; {@code token} prints a development JWT signed with the stack's key; {@code demo} shows the whole mission
 * step by step (see {@link Demo}).
 */
public final class Switchboard {

    /** Printed once every service is ready; the script's background mode waits for it. */
    public static final String READY_LINE = "Switchboard is up.";

    private Switchboard() {}

    public static void main(String[] args) throws InterruptedException {
        Path repository = Path.of(System.getProperty("switchboard.repository", "."))
                .toAbsolutePath()
                .normalize();
        StackConfig config = StackConfig.fromEnvironment(repository, System.getenv());
        String command = args.length == 0 ? "help" : args[0];
        List<String> options = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        try {
            switch (command) {
                case "up" -> up(config);
                case "token" -> System.out.println(token(config, options));
                case "sim" -> System.out.println(SimulatorCommand.run(config, options));
                case "dlq" -> System.out.println(DeadLetterCommand.run(config, options));
                case "demo" ->
                    System.exit(Demo.run(config, Options.parse(options), System.getenv(), System.out, System.err));
                default -> usage(System.err);
            }
        } catch (IllegalArgumentException e) {
            // A wrong command line: say what is wrong, not a stack trace.
            System.err.println("switchboard: " + e.getMessage());
            System.exit(2);
        } catch (java.io.UncheckedIOException e) {
            // The stack is not there (or not reachable): say so plainly.
            System.err.println("switchboard: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void up(StackConfig config) throws InterruptedException {
        LocalStack stack = LocalStack.start(config, System.getenv());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            System.out.println("Stopping Switchboard...");
                            stack.close();
                            System.out.println("Switchboard stopped.");
                            stopped.countDown();
                        },
                        "switchboard-shutdown"));
        PrintStream out = System.out;
        out.println();
        out.println("Services:");
        for (ServiceSpec service : config.services()) {
            String about = service.name().equals(StackConfig.SIMULATOR)
                    ? "(fake Zoom: /oauth, /v2, control API /_sim)"
                    : "(OpenAPI /q/openapi, Swagger UI " + service.url() + "/q/swagger-ui)";
            out.printf("  %-24s %s   %s%n", service.name(), service.url(), about);
        }
        out.println("Identity:   " + config.issuer() + " (OpenID Connect: discovery, JWKS, client_credentials)");
        out.println("Kafka:      " + stack.kafkaBootstrapServers());
        out.println("PostgreSQL: 127.0.0.1:" + config.postgresPort() + " (user postgres)");
        out.println("Data:       " + config.home());
        out.println("Logs:       " + config.logs());
        out.println("Webhook secret (app key 'default'): " + stack.webhookSecret());
        out.println("Development JWT (admin of org 'demo', valid 12 h):");
        out.println(stack.token("dev-admin", "demo", List.of(Roles.ADMIN), Duration.ofHours(12)));
        out.println(READY_LINE + " Stop it with Ctrl-C or ./switchboard down.");
        out.flush();
        stopped.await();
    }

    static String token(StackConfig config, List<String> options) {
        String org = "demo";
        String subject = null;
        List<String> groups = List.of(Roles.ADMIN);
        List<String> orgs = List.of();
        Duration lifetime = Duration.ofHours(12);
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i);
            String value = i + 1 < options.size() ? options.get(i + 1) : null;
            if (value == null) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            switch (option) {
                case "--org" -> org = value;
                case "--groups" -> groups = split(value);
                case "--orgs" -> orgs = split(value);
                case "--sub" -> subject = value;
                case "--hours" -> lifetime = Duration.ofHours(Long.parseLong(value));
                default -> throw new IllegalArgumentException("Unknown option " + option);
            }
            i++;
        }
        var keys = DevKeys.loadOrCreate(config.keys());
        String sub = subject == null ? "dev-" + String.join("-", groups) + "@" + org : subject;
        return new DevTokens(keys, config.issuer()).mint(sub, org, groups, orgs, lifetime);
    }

    private static List<String> split(String value) {
        List<String> parts = new ArrayList<>();
        for (String part : value.split(",")) {
            if (!part.isBlank()) {
                parts.add(part.trim());
            }
        }
        return parts;
    }

    private static void usage(PrintStream out) {
        out.println(
                "usage: switchboard up | down | token [--org ORG] [--groups g1,g2] [--orgs o1,o2] [--sub S] [--hours H]"
                        + " | dlq list|replay <topic> | demo [--org ORG] [--events N] [--seed S]");
        out.println("Environment: "
                + String.join(
                        ", ",
                        Map.of(
                                        "SWITCHBOARD_HOME", "",
                                        "SWITCHBOARD_PARTITIONS", "",
                                        "SWITCHBOARD_PORT_OFFSET", "",
                                        "SWITCHBOARD_KAFKA_PORT", "",
                                        "SWITCHBOARD_POSTGRES_PORT", "",
                                        "SWITCHBOARD_JAVA_OPTS", "")
                                .keySet()));
    }
}
