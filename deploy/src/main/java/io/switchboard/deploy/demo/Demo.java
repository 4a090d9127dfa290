package io.switchboard.deploy.demo;

import io.switchboard.deploy.LocalStack;
import io.switchboard.deploy.ServiceSpec;
import io.switchboard.deploy.SimulatorCommand;
import io.switchboard.deploy.StackConfig;
import io.switchboard.security.Roles;
import io.switchboard.security.dev.DevKeys;
import io.switchboard.security.dev.DevTokens;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code ./switchboard demo [--org ORG] [--events N] [--seed S]}: the whole mission in one go. It uses the stack
 * that is running ({@code ./switchboard up}, with every service ready); when none is, it starts one as {@code up}
 * does (embedded Kafka and PostgreSQL, no Docker) and stops it at the end.
 */
public final class Demo {

    public static final String USAGE = "usage: switchboard demo [--org ORG] [--events N] [--seed S]   (uses the"
            + " running stack, else starts one and stops it at the end)";

    private Demo() {}

    /** Runs the demo; 0 when every step got what it needed, 1 when one did not (the reason on {@code err}). */
    public static int run(
            StackConfig config,
            Map<String, String> options,
            Map<String, String> env,
            PrintStream out,
            PrintStream err) {
        if (!List.of("org", "events", "seed").containsAll(options.keySet())) {
            throw new IllegalArgumentException(USAGE);
        }
        String org = options.getOrDefault("org", "demo");
        int events = number(options, "events", 400);
        long seed = number(options, "seed", 7);
        List<String> ready = readyServices(config);
        if (!ready.isEmpty() && ready.size() < config.services().size()) {
            err.println("switchboard demo: only part of a stack answers (" + String.join(", ", ready)
                    + "); start it fully with ./switchboard up, or stop it with ./switchboard down");
            return 1;
        }
        LocalStack started = null;
        try {
            if (ready.isEmpty()) {
                out.println("No stack is running: starting one (embedded Kafka and PostgreSQL, no Docker); it stops"
                        + " when the demo ends.");
                started = startStack(config, env);
            } else {
                out.println("Using the running stack (" + config.home() + ").");
            }
            String secret = started != null ? started.webhookSecret() : SimulatorCommand.secret(config, env);
            return run(DemoStack.of(config, org, adminToken(config, org), secret), events, seed, out, err);
        } finally {
            if (started != null) {
                out.println("Stopping the demo's stack...");
                started.close();
            }
        }
    }

    private static int run(DemoStack stack, int events, long seed, PrintStream out, PrintStream err) {
        out.println("Switchboard demo for org '" + stack.org() + "'. The curl commands below are the dashboard's;"
                + " to run them yourself:");
        out.println("      $ export TOKEN=$(./switchboard token --org " + stack.org() + ")");
        DemoScript script = new DemoScript(stack, new Narrator(out, DemoScript.STEPS));
        try {
            script.run(events, seed);
            out.println();
            out.println("Demo complete: every step got what it needed.");
            return 0;
        } catch (DemoFailure e) {
            out.flush();
            err.println();
            err.println("switchboard demo FAILED at " + script.currentStep() + ": " + e.getMessage());
            return 1;
        }
    }

    private static LocalStack startStack(StackConfig config, Map<String, String> env) {
        LocalStack stack = LocalStack.start(config, env);
        // ./switchboard down, Ctrl-C or SIGTERM stop the started stack too.
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "switchboard-demo-shutdown"));
        return stack;
    }

    private static String adminToken(StackConfig config, String org) {
        return new DevTokens(DevKeys.loadOrCreate(config.keys()), config.issuer())
                .mint("demo-admin@" + org, org, List.of(Roles.ADMIN), List.of(), Duration.ofHours(2));
    }

    /** The services that answer ready now. */
    private static List<String> readyServices(StackConfig config) {
        Api probe = new Api(null);
        return config.services().stream()
                .filter(service -> ready(probe, service))
                .map(ServiceSpec::name)
                .toList();
    }

    private static boolean ready(Api probe, ServiceSpec service) {
        try {
            return probe.send("GET", service.url() + "/q/health/ready", null).status() == 200;
        } catch (DemoFailure e) {
            return false;
        }
    }

    private static int number(Map<String, String> options, String name, int fallback) {
        String value = options.get(name);
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number, not '" + value + "'");
        }
    }
}
