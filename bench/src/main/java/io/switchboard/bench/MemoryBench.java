package io.switchboard.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.deploy.ContainerJvm;
import io.switchboard.deploy.LocalStack;
import io.switchboard.deploy.ServiceSpec;
import io.switchboard.deploy.StackConfig;
import io.switchboard.embedded.FreePorts;
import io.switchboard.events.Topics;
import io.switchboard.security.Roles;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;

/**
 * Memory of every service in JVM mode, each run exactly as its Deployment in deploy/k8s runs it: the options that the
 * image's run-java.sh builds from the container's variables ({@link ContainerJvm}), the container's memory and CPU
 * limits as {@code -XX:MaxRAM} and {@code -XX:ActiveProcessorCount}, and {@code MALLOC_ARENA_MAX}. The whole stack
 * runs as {@code ./switchboard up} runs it (embedded Kafka and PostgreSQL, the Zoom simulator, the five packaged
 * services), and each service's resident set (VmRSS) is read from /proc:
 *
 * <ul>
 *   <li>idle: 10 samples a second apart once startup has settled (30 s after ready), the median;
 *   <li>peak: sampled every 250 ms through the benchmarks' load, one phase after the other: an organisation connects
 *       through the simulated OAuth flow and user-mapping-service imports and matches a directory of N users (100,000
 *       by default) with tokens from connection-service; signed {@code meeting.started} webhooks through ingest onto
 *       the matched hosts' timelines (500/s for 30 s: half the rate of {@code bench/run webhook-timeline}, as six
 *       JVMs, Kafka and PostgreSQL share the machine); 20,000 meetings straight to zoom.meeting, drained by
 *       activity-service; 2,000 licence summaries and histories (8 at a time) and 20 unused-licence reports (one
 *       at a time, pages of 1,000 users) from license-service; 5,000 access-token requests to
 *       connection-service;
 *   <li>after load: idle again, 30 s after the load, the median of 10 samples.
 * </ul>
 *
 * The baseline, in the same run, is a bare Vert.x webhook server ({@link BareWebhookServer}) with ingest's JVM
 * settings: idle, and under the same webhooks. Targets: under 200 MB idle and under 400 MB under load.
 */
public final class MemoryBench {

    private static final long MB = 1024 * 1024;
    private static final long IDLE_TARGET_MB = 200;
    private static final long LOAD_TARGET_MB = 400;
    /** The account on which the simulator's OAuth flow installs the app. */
    private static final String ACCOUNT = "SIMACCOUNT00000001";

    private static final List<String> SERVICES = List.of(
            "webhook-ingest-service",
            "connection-service",
            "user-mapping-service",
            "activity-service",
            "license-service");
    private static final String BASELINE = "baseline: bare Vert.x server";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private MemoryBench() {}

    /** What was measured of one JVM, in bytes. */
    private record Row(String name, String limits, long heapMax, long idle, long peak, long afterLoad) {}

    public static void main(String[] args) throws Exception {
        String overlay = args.length > 0 ? args[0] : "dev";
        int users = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        int rate = args.length > 3 ? Integer.parseInt(args[3]) : 500;
        Path repository =
                Path.of(System.getProperty("switchboard.repository", ".")).toAbsolutePath();
        Map<String, Deployments.Deployment> deployments = Deployments.of(repository, overlay);
        for (String service : SERVICES) {
            if (!deployments.containsKey(service)) {
                throw new IllegalStateException("overlays/" + overlay + " has no Deployment " + service);
            }
        }
        List<Row> rows = new ArrayList<>();
        rows.add(baseline(deployments.get(SERVICES.get(0)), seconds, rate));
        rows.addAll(services(repository, deployments, users, seconds, rate));
        print(overlay, deployments, rows, users, seconds, rate);
    }

    // ---------------------------------------------------------------------------------------------------------
    // The baseline

    private static Row baseline(Deployments.Deployment ingest, int seconds, int rate) throws Exception {
        String secret = "bench-baseline-secret";
        ContainerJvm jvm = ingest.jvm();
        try (BareProcess bare = BareProcess.start(secret, jvm.options(), jvm.environment())) {
            Map<String, ProcessHandle> jvms = Map.of(BASELINE, bare.handle());
            Map<String, Long> idle = idle(jvms);
            Map<String, AtomicLong> peaks = peaks(jvms.keySet());
            Sampler sampler = Sampler.start(jvms, peaks);
            try {
                List<String> hosts = List.of("host0");
                AtomicLong refused =
                        WebhookTimelineBench.offer(bare.port(), secret, ACCOUNT, hosts, (long) seconds * rate, rate);
                TimeUnit.SECONDS.sleep(2);
                System.out.printf("baseline: %,d webhooks, %d refused%n", (long) seconds * rate, refused.get());
            } finally {
                sampler.close();
            }
            Map<String, Long> after = idle(jvms);
            return new Row(
                    BASELINE,
                    limits(ingest),
                    heapMax(jvm.options()),
                    idle.get(BASELINE),
                    peaks.get(BASELINE).get(),
                    after.get(BASELINE));
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // The services

    private static List<Row> services(
            Path repository, Map<String, Deployments.Deployment> deployments, int users, int seconds, int rate)
            throws Exception {
        Path home = Files.createTempDirectory("switchboard-bench-memory-");
        // PostgreSQL runs as another user when this is root, and must be able to enter the folder.
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwx--x--x"));
        List<ServiceSpec> specs = StackConfig.defaultServices(0).stream()
                .map(s -> new ServiceSpec(s.name(), FreePorts.next(), s.database()))
                .toList();
        // Only the simulator, which is not measured, runs with the config's options.
        StackConfig config = new StackConfig(
                repository,
                home,
                FreePorts.next(),
                FreePorts.next(),
                3,
                FreePorts.next(),
                specs,
                List.of("-Xmx512m", "-XX:+UseSerialGC"));
        ContainerJvm simulator = new ContainerJvm(config.javaOptions(), Map.of());
        System.out.println("Starting the stack in " + home);
        try (LocalStack stack = LocalStack.start(config, Map.of(), spec -> {
            Deployments.Deployment deployment = deployments.get(spec.name());
            return deployment == null ? simulator : deployment.jvm();
        })) {
            Map<String, ProcessHandle> jvms = new LinkedHashMap<>();
            SERVICES.forEach(name -> jvms.put(name, stack.service(name).jvm()));
            Map<String, Long> idle = idle(jvms);
            Map<String, AtomicLong> peaks = peaks(jvms.keySet());
            Sampler sampler = Sampler.start(jvms, peaks);
            try {
                load(stack, users, seconds, rate);
            } finally {
                sampler.close();
            }
            Map<String, Long> after = idle(jvms);
            List<Row> rows = new ArrayList<>();
            for (String name : SERVICES) {
                Deployments.Deployment deployment = deployments.get(name);
                rows.add(new Row(
                        name,
                        limits(deployment),
                        heapMax(deployment.jvm().options()),
                        idle.get(name),
                        peaks.get(name).get(),
                        after.get(name)));
            }
            return rows;
        }
    }

    private static void load(LocalStack stack, int users, int seconds, int rate) throws Exception {
        String org = UserImportBench.ORG;
        String admin = stack.token("bench-admin", org, List.of(Roles.ADMIN), Duration.ofHours(2));
        String service = stack.token("bench-service", null, List.of(Roles.SERVICE), Duration.ofHours(2));
        ServiceSpec simulator = stack.service(StackConfig.SIMULATOR).spec();

        long started = System.nanoTime();
        List<String> ids = directory(simulator, users);
        UserImportBench.insertProfiles(stack.jdbcUrl("user_mapping"), users);
        UUID connection = connect(stack.service("connection-service").spec(), admin, org);
        ServiceSpec userMapping = stack.service("user-mapping-service").spec();
        String run = UserImportBench.awaitImport(
                userMapping,
                admin,
                connection,
                stack.service("user-mapping-service").jvm(),
                new AtomicLong());
        phase("import and match of " + String.format("%,d", users) + " users", started, run.replaceAll("\\s+", ""));

        List<String> hosts = ids.subList(0, Math.min(50, ids.size()));
        String bootstrap = stack.kafkaBootstrapServers();
        started = System.nanoTime();
        long webhooks = (long) seconds * rate;
        int ingestPort = stack.service("webhook-ingest-service").spec().port();
        long[] refused = new long[1];
        long recorded = recorded(
                bootstrap,
                webhooks,
                () -> refused[0] = WebhookTimelineBench.offer(
                                ingestPort, stack.webhookSecret(), ACCOUNT, hosts, webhooks, rate)
                        .get());
        phase(
                String.format("%,d webhooks at %,d/s through ingest", webhooks, rate),
                started,
                String.format("%,d refused, %,d timeline entries", refused[0], recorded));

        started = System.nanoTime();
        int events = 20_000;
        recorded = recorded(bootstrap, events, () -> ActivityDrainBench.produce(bootstrap, ACCOUNT, hosts, events));
        phase(String.format("%,d meetings drained from zoom.meeting", events), started, recorded + " entries");

        started = System.nanoTime();
        String licenses = stack.service("license-service").spec().url() + "/orgs/" + org + "/connections/" + connection
                + "/licenses/";
        BenchWait.until(() -> status(get(licenses + "summary", admin)) == 200, Duration.ofMinutes(2));
        String[] queries = {"summary", "history"};
        long failed = requests(2_000, 8, n -> get(licenses + queries[n % queries.length], admin));
        // The unused-licence report, a page of the largest size a caller may ask for: a dashboard asks for it now and
        // then, one at a time.
        failed += requests(20, 1, n -> get(licenses + "unused?limit=1000", admin));
        phase("2,000 licence summaries and histories, 20 unused reports", started, failed + " not 200");

        started = System.nanoTime();
        URI token = URI.create(stack.service("connection-service").spec().url() + "/internal/connections/" + connection
                + "/access-token");
        failed = requests(
                5_000,
                16,
                n -> HttpRequest.newBuilder(token)
                        .header("Authorization", "Bearer " + service)
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build());
        phase("5,000 access tokens from connection-service", started, failed + " not 200");
    }

    /** The simulator account's directory replaced by {@code users} generated users; their Zoom ids, in order. */
    private static List<String> directory(ServiceSpec simulator, int users) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(simulator.url() + "/_sim/accounts/" + ACCOUNT + "/users"))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(
                                "{\"generate\":" + users + ",\"domain\":\"bench.example\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("The simulator refused the directory: " + response.body());
        }
        List<String> ids = new ArrayList<>();
        JSON.readTree(response.body()).path("ids").forEach(id -> ids.add(id.asText()));
        return ids;
    }

    /**
     * An organisation connects Zoom as the dashboard and a browser do: connection-service's authorize URL, the
     * simulator's approval redirect, the callback's redirect to the dashboard, the admin's confirmation.
     */
    private static UUID connect(ServiceSpec connections, String admin, String org) throws Exception {
        HttpResponse<String> started = HTTP.send(
                HttpRequest.newBuilder(URI.create(connections.url() + "/orgs/" + org + "/connections/zoom"))
                        .header("Authorization", "Bearer " + admin)
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        expect(started, 201);
        String authorize = JSON.readTree(started.body()).path("authorizeUrl").asText();
        HttpResponse<String> approved =
                HTTP.send(HttpRequest.newBuilder(URI.create(authorize)).build(), HttpResponse.BodyHandlers.ofString());
        expect(approved, 302);
        HttpResponse<String> callback = HTTP.send(
                HttpRequest.newBuilder(URI.create(location(approved))).build(), HttpResponse.BodyHandlers.ofString());
        expect(callback, 303);
        String dashboard = location(callback);
        UUID connection = UUID.fromString(parameter(dashboard, "connectionId"));
        HttpResponse<String> confirmed = HTTP.send(
                HttpRequest.newBuilder(URI.create(
                                connections.url() + "/orgs/" + org + "/connections/" + connection + "/confirm"))
                        .header("Authorization", "Bearer " + admin)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"confirmation\":\"" + parameter(dashboard, "confirmation") + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        expect(confirmed, 200);
        return connection;
    }

    /**
     * Runs {@code load} and waits (up to 3 minutes) until {@code expected} new entries are on
     * switchboard.activities; how many arrived.
     */
    private static long recorded(String bootstrap, long expected, ThrowingRunnable load) throws Exception {
        AtomicBoolean reading = new AtomicBoolean(true);
        Map<Long, Boolean> seen = new ConcurrentHashMap<>();
        CountDownLatch assigned = new CountDownLatch(1);
        Thread reader =
                WebhookTimelineBench.reader(bootstrap, Topics.ACTIVITIES, new Histogram(3), reading, seen, assigned);
        try {
            if (!assigned.await(1, TimeUnit.MINUTES)) {
                throw new IllegalStateException("The reader did not get switchboard.activities in a minute");
            }
            load.run();
            BenchWait.until(() -> seen.size() >= expected, Duration.ofMinutes(3));
            return seen.size();
        } finally {
            reading.set(false);
            reader.join();
        }
    }

    /** Sends {@code count} requests, {@code inFlight} at a time; how many were not answered 200. */
    private static long requests(int count, int inFlight, IntFunction<HttpRequest> requests)
            throws InterruptedException {
        Semaphore permits = new Semaphore(inFlight);
        AtomicLong failed = new AtomicLong();
        for (int n = 0; n < count; n++) {
            permits.acquire();
            HTTP.sendAsync(requests.apply(n), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, error) -> {
                        if (error != null || response.statusCode() != 200) {
                            failed.incrementAndGet();
                        }
                        permits.release();
                    });
        }
        permits.acquire(inFlight);
        return failed.get();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Measuring

    /** Waits 30 s for the JVMs to settle, then takes 10 samples a second apart; each JVM's median. */
    private static Map<String, Long> idle(Map<String, ProcessHandle> jvms) throws InterruptedException {
        TimeUnit.SECONDS.sleep(30);
        Map<String, List<Long>> samples = new LinkedHashMap<>();
        jvms.keySet().forEach(name -> samples.put(name, new ArrayList<>()));
        for (int n = 0; n < 10; n++) {
            jvms.forEach((name, jvm) -> samples.get(name).add(UserImportBench.rss(jvm)));
            TimeUnit.SECONDS.sleep(1);
        }
        Map<String, Long> medians = new LinkedHashMap<>();
        samples.forEach((name, values) -> {
            List<Long> sorted = values.stream().sorted().toList();
            medians.put(name, (sorted.get(4) + sorted.get(5)) / 2);
        });
        return medians;
    }

    private static Map<String, AtomicLong> peaks(Iterable<String> names) {
        Map<String, AtomicLong> peaks = new LinkedHashMap<>();
        names.forEach(name -> peaks.put(name, new AtomicLong()));
        return peaks;
    }

    /** Samples each JVM's RSS every 250 ms into its peak until closed. */
    private static final class Sampler implements AutoCloseable {

        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;

        private Sampler(Map<String, ProcessHandle> jvms, Map<String, AtomicLong> peaks) {
            thread = new Thread(
                    () -> {
                        while (running.get()) {
                            jvms.forEach((name, jvm) ->
                                    peaks.get(name).accumulateAndGet(UserImportBench.rss(jvm), Math::max));
                            try {
                                TimeUnit.MILLISECONDS.sleep(250);
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                    },
                    "rss-sampler");
            thread.setDaemon(true);
        }

        static Sampler start(Map<String, ProcessHandle> jvms, Map<String, AtomicLong> peaks) {
            Sampler sampler = new Sampler(jvms, peaks);
            sampler.thread.start();
            return sampler;
        }

        @Override
        public void close() {
            running.set(false);
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The heap limit that the JVM takes from {@code options} (its MaxHeapSize), in bytes. */
    private static long heapMax(List<String> options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(options);
        command.addAll(List.of("-XX:+PrintFlagsFinal", "-version"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(1, TimeUnit.MINUTES);
        Matcher matcher = Pattern.compile("\\bMaxHeapSize\\s*=\\s*(\\d+)").matcher(output);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Output

    private static void print(
            String overlay,
            Map<String, Deployments.Deployment> deployments,
            List<Row> rows,
            int users,
            int seconds,
            int rate) {
        System.out.printf(
                "%nMemory in JVM mode as overlays/%s runs each service (limits as -XX:MaxRAM and"
                        + " -XX:ActiveProcessorCount); RSS in MB, idle and after-load medians of 10 samples%n",
                overlay);
        List<String> lines = new ArrayList<>();
        for (String service : SERVICES) {
            ContainerJvm jvm = deployments.get(service).jvm();
            String line =
                    String.join(" ", jvm.options()) + (jvm.environment().isEmpty() ? "" : " " + jvm.environment());
            if (!lines.contains(line)) {
                lines.add(line);
                System.out.println("JVM: " + line);
            }
        }
        System.out.printf(
                "load: import of %,d users, %,d webhooks at %,d/s, 20,000 drained meetings, 2,020 licence queries,"
                        + " 5,000 access tokens%n",
                users, (long) seconds * rate, rate);
        String format = "%-30s %14s %9s %9s %9s %11s %10s %s%n";
        System.out.printf(format, "service", "limits", "heap max", "idle", "peak", "after load", "target", "result");
        for (Row row : rows) {
            boolean pass = row.idle() < IDLE_TARGET_MB * MB && row.peak() < LOAD_TARGET_MB * MB;
            System.out.printf(
                    format,
                    row.name(),
                    row.limits(),
                    mb(row.heapMax()),
                    mb(row.idle()),
                    mb(row.peak()),
                    mb(row.afterLoad()),
                    "<" + IDLE_TARGET_MB + " / <" + LOAD_TARGET_MB,
                    row.name().equals(BASELINE) ? "-" : pass ? "pass" : "FAIL");
        }
    }

    private static String mb(long bytes) {
        return Long.toString(Math.round(bytes / (double) MB));
    }

    private static String limits(Deployments.Deployment deployment) {
        return deployment.memoryLimit() + "/" + deployment.cpuLimit() + " cpu";
    }

    private static void phase(String name, long startedNanos, String outcome) {
        System.out.printf("load: %-52s %6.1f s  %s%n", name, (System.nanoTime() - startedNanos) / 1e9, outcome);
    }

    // ---------------------------------------------------------------------------------------------------------
    // HTTP

    private static HttpRequest get(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .build();
    }

    private static int status(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static void expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode()
                    + ", expected " + status + ": " + response.body());
        }
    }

    private static String location(HttpResponse<?> response) {
        return response.headers()
                .firstValue("Location")
                .orElseThrow(() -> new IllegalStateException(response.request().uri() + " did not redirect"));
    }

    private static String parameter(String url, String name) {
        Matcher matcher = Pattern.compile("[?&]" + name + "=([^&]+)").matcher(url);
        if (!matcher.find()) {
            throw new IllegalStateException(url + " has no " + name);
        }
        return matcher.group(1);
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
