package io.switchboard.bench;

import com.sun.net.httpserver.HttpServer;
import io.switchboard.deploy.ContainerJvm;
import io.switchboard.deploy.ServiceProcess;
import io.switchboard.deploy.ServiceSpec;
import io.switchboard.deploy.StackConfig;
import io.switchboard.embedded.EmbeddedKafka;
import io.switchboard.embedded.EmbeddedPostgres;
import io.switchboard.embedded.FreePorts;
import io.switchboard.events.CloudEventHeaders;
import io.switchboard.events.Topics;
import io.switchboard.security.Roles;
import io.switchboard.security.dev.DevIdentityProvider;
import io.switchboard.simulator.EmbeddedZoomSimulator;
import io.switchboard.simulator.SimulatorSettings;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Imports and matches a Zoom directory of N users (100,000 by default) against N profiles through the packaged
 * user-mapping-service, with the simulator's Pro rate limits on, and prints time, pages, requests, 429s, users per
 * second, the service's peak RSS, and beside them the floor that Zoom's limit sets ({@code GET /users} is Medium, 20
 * requests a second on Pro, 300 users a page). connection-service is stood in by an endpoint that hands out the
 * simulator's tokens; Kafka, PostgreSQL and the identity provider are the real embedded ones. The service runs with
 * its Deployment's JVM settings and limits (deploy/k8s, dev overlay); {@code SWITCHBOARD_BENCH_JAVA_OPTS} replaces
 * the options.
 */
public final class UserImportBench {

    private static final String ACCOUNT = "BENCHACCOUNT0001";
    static final String ORG = "bench-org";
    private static final String SECRET = "bench-client-secret";
    private static final int PAGE = 300;
    private static final double MEDIUM_PRO_PER_SECOND = 20;

    private static final Pattern STATE = Pattern.compile("\"state\":\"(\\w+)\"");
    private static final Pattern NUMBER = Pattern.compile("\"%s\":(\\d+)");

    private UserImportBench() {}

    public static void main(String[] args) throws Exception {
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        String share = args.length > 1 ? args[1] : "0.95";
        Path repository =
                Path.of(System.getProperty("switchboard.repository", ".")).toAbsolutePath();
        Path home = Files.createTempDirectory("switchboard-bench-import-");
        // PostgreSQL refuses to run as root; libs/embedded then runs it as another user, who must reach the folder.
        Files.setPosixFilePermissions(home, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        KeyPair keys = BenchServices.keys();
        try (EmbeddedKafka kafka =
                        EmbeddedKafka.create(home.resolve("kafka"), 0, Map.of()).start();
                EmbeddedPostgres postgres = EmbeddedPostgres.create(home.resolve("pg"), FreePorts.next(), false)
                        .start(Duration.ofMinutes(2));
                EmbeddedZoomSimulator zoom = EmbeddedZoomSimulator.start(SimulatorSettings.defaults(), 0);
                DevIdentityProvider identity = DevIdentityProvider.start(
                        keys, FreePorts.next(), Map.of("user-mapping-service", SECRET), Duration.ofMinutes(30))) {
            kafka.createTopics(Topics.all(), 3);
            postgres.createDatabase("user_mapping");
            List<Map<String, Object>> directory = new ArrayList<>(users);
            for (int n = 0; n < users; n++) {
                directory.add(Map.of("email", email(n), "status", "active"));
            }
            zoom.simulator().directory().replace(ACCOUNT, directory);
            HttpServer tokens = standIn(zoom);
            try {
                run(repository, home, kafka, postgres, zoom, identity, tokens, users, share);
            } finally {
                tokens.stop(0);
            }
        }
    }

    private static void run(
            Path repository,
            Path home,
            EmbeddedKafka kafka,
            EmbeddedPostgres postgres,
            EmbeddedZoomSimulator zoom,
            DevIdentityProvider identity,
            HttpServer tokens,
            int users,
            String share)
            throws Exception {
        ServiceSpec spec = new ServiceSpec("user-mapping-service", FreePorts.next(), "user_mapping");
        // The service's JVM as its Deployment runs it (the container's limits given as -XX:MaxRAM and processors).
        ContainerJvm jvm = ServerJvms.asDeployed(repository, spec.name());
        List<String> javaOptions = jvm.options();
        StackConfig config = new StackConfig(repository, home, 0, 0, 3, 0, List.of(spec), javaOptions);
        Map<String, String> env =
                BenchServices.env("user-mapping-service", "user_mapping", SECRET, kafka, postgres, identity);
        env.putAll(jvm.environment());
        env.put(
                "SWITCHBOARD_CONNECTION_SERVICE_URL",
                "http://127.0.0.1:" + tokens.getAddress().getPort());
        env.put("SWITCHBOARD_ZOOM_API_BASE_URL", zoom.baseUrl() + "/v2");
        env.put("SWITCHBOARD_ZOOM_BUDGET_SHARE", share);
        ServiceProcess service = ServiceProcess.start(config, spec, env);
        try {
            service.awaitReady(Duration.ofMinutes(2));
            insertProfiles(postgres.jdbcUrl("user_mapping"), users);
            warmUp(zoom);
            zoom.simulator().apiCounters().reset();
            UUID connection = UUID.randomUUID();
            String admin =
                    identity.tokens().mint("bench-admin", ORG, List.of(Roles.ADMIN), List.of(), Duration.ofHours(1));
            awaitConsumer(kafka);
            Instant started = Instant.now();
            announce(kafka, connection);
            AtomicLong peakRss = new AtomicLong();
            String run = awaitImport(spec, admin, connection, service.jvm(), peakRss);
            Duration took = Duration.between(started, Instant.now());
            print(users, share, run, took, zoom, peakRss.get(), javaOptions);
            if (!"completed".equals(state(run))) {
                System.out.println("The run did not complete: " + run + "; service log: " + config.logs());
            }
        } finally {
            service.stop(Duration.ofSeconds(20));
        }
    }

    private static void print(
            int users,
            String share,
            String run,
            Duration took,
            EmbeddedZoomSimulator zoom,
            long rss,
            List<String> javaOptions) {
        int pages = number(run, "pagesFetched");
        long requests = zoom.simulator().apiCounters().calls(ACCOUNT);
        long rateLimited = zoom.simulator().apiCounters().answers(ACCOUNT, 429);
        double floorPages = Math.ceil(users / (double) PAGE) + 2;
        double floor = floorPages / MEDIUM_PRO_PER_SECOND;
        double endToEnd = took.toMillis() / 1000.0;
        double seconds = Duration.between(Instant.parse(text(run, "queuedAt")), Instant.parse(text(run, "finishedAt")))
                        .toMillis()
                / 1000.0;
        System.out.printf(
                "%nImport and match of %,d Zoom users against %,d profiles (Pro limits, budget share %s, JVM %s)%n",
                users, users, share, String.join(" ", javaOptions));
        String format = "%-28s %14s %14s%n";
        System.out.printf(format, "", "user-mapping", "Zoom's floor");
        System.out.printf(format, "import time (s)", String.format("%.1f", seconds), String.format("%.1f", floor));
        System.out.printf(format, "from the event (s)", String.format("%.1f", endToEnd), "");
        System.out.printf(format, "pages", Integer.toString(pages), String.format("%.0f", floorPages));
        System.out.printf(format, "requests to Zoom", Long.toString(requests), String.format("%.0f", floorPages));
        System.out.printf(format, "429s", Long.toString(rateLimited), "0");
        System.out.printf(
                format,
                "users per second",
                String.format("%,.0f", users / seconds),
                String.format("%,.0f", users / floor));
        System.out.printf(format, "matched", Integer.toString(number(run, "matched")), Integer.toString(users));
        System.out.printf(format, "peak RSS (MB)", Long.toString(rss / (1024 * 1024)), "< 400 (target)");
        System.out.printf(
                "time / floor: %.2f (target at most 1.2); run state %s; queued %s, started %s, finished %s%n",
                seconds / floor, state(run), text(run, "queuedAt"), text(run, "startedAt"), text(run, "finishedAt"));
    }

    /** Polls the import of {@link #ORG}'s connection until it ends, sampling the service's RSS; the run's JSON. */
    static String awaitImport(ServiceSpec spec, String admin, UUID connection, ProcessHandle jvm, AtomicLong peakRss) {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(spec.url() + "/orgs/" + ORG + "/connections/" + connection + "/import"))
                .header("Authorization", "Bearer " + admin)
                .build();
        String[] ended = new String[1];
        boolean done = BenchWait.until(
                () -> {
                    peakRss.accumulateAndGet(rss(jvm), Math::max);
                    HttpResponse<String> response = send(http, request);
                    String state = response.statusCode() == 200 ? state(response.body()) : "";
                    ended[0] = response.body();
                    return state.equals("completed") || state.equals("failed");
                },
                Duration.ofMinutes(15));
        if (!done) {
            throw new IllegalStateException("The import did not end within 15 minutes");
        }
        return ended[0];
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The resident set of process {@code jvm} in bytes (VmRSS of /proc/PID/status), 0 once it is gone. */
    static long rss(ProcessHandle jvm) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + jvm.pid() + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D+", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    /** The Zoom user {@code n} of the bench's directory, the email of profile {@code p<n>} too. */
    static String email(int n) {
        return "user" + n + "@bench.example";
    }

    /** Profiles {@code p0..p<users-1>} of {@link #ORG} with {@link #email} each, in user-mapping-service's tables. */
    static void insertProfiles(String jdbcUrl, int users) throws SQLException {
        try (Connection sql = DriverManager.getConnection(jdbcUrl, EmbeddedPostgres.USER, "");
                PreparedStatement profile =
                        sql.prepareStatement("insert into profile (org_id, profile_id, email) values (?, ?, ?)");
                PreparedStatement key = sql.prepareStatement(
                        "insert into profile_key (org_id, profile_id, email_key) values (?, ?, ?)")) {
            sql.setAutoCommit(false);
            for (int n = 0; n < users; n++) {
                String email = email(n);
                profile.setString(1, ORG);
                profile.setString(2, "p" + n);
                profile.setString(3, email);
                profile.addBatch();
                key.setString(1, ORG);
                key.setString(2, "p" + n);
                key.setString(3, email);
                key.addBatch();
                if (n % 5_000 == 4_999) {
                    profile.executeBatch();
                    key.executeBatch();
                }
            }
            profile.executeBatch();
            key.executeBatch();
            sql.commit();
        }
    }

    private static void announce(EmbeddedKafka kafka, UUID connection) throws Exception {
        Map<String, Object> settings = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        try (var producer = new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer())) {
            String body = "{\"orgId\":\"" + ORG + "\",\"connectionId\":\"" + connection + "\",\"zoomAccountId\":\""
                    + ACCOUNT + "\",\"status\":\"active\"}";
            ProducerRecord<String, String> record =
                    new ProducerRecord<>(Topics.CONNECTIONS, connection.toString(), body);
            record.headers()
                    .add(CloudEventHeaders.ID, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
            record.headers().add(CloudEventHeaders.TYPE, "connection.established".getBytes(StandardCharsets.UTF_8));
            record.headers().add(CloudEventHeaders.SOURCE, "/bench".getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        }
    }

    /** Waits until the service's consumer group holds every partition of switchboard.connections, as in steady state. */
    private static void awaitConsumer(EmbeddedKafka kafka) {
        Map<String, Object> settings = Map.of("bootstrap.servers", kafka.bootstrapServers());
        try (var admin = org.apache.kafka.clients.admin.Admin.create(settings)) {
            boolean assigned = BenchWait.until(
                    () -> {
                        try {
                            var group = admin.describeConsumerGroups(List.of("user-mapping-service"))
                                    .all()
                                    .get()
                                    .get("user-mapping-service");
                            return group.members().stream()
                                            .flatMap(member -> member.assignment().topicPartitions().stream())
                                            .filter(partition ->
                                                    partition.topic().equals(Topics.CONNECTIONS))
                                            .count()
                                    == 3;
                        } catch (Exception e) {
                            return false;
                        }
                    },
                    Duration.ofMinutes(2));
            if (!assigned) {
                throw new IllegalStateException("The service's consumer never got switchboard.connections");
            }
        }
    }

    /**
     * Lists a few pages from the simulator before the clock starts: Zoom answers warm, and the simulator's first
     * answers (class loading and compiling of its page generator, in this JVM) are not the service's time.
     */
    private static void warmUp(EmbeddedZoomSimulator zoom) {
        String token = zoom.simulator().oauth().installationToken(ACCOUNT).accessToken();
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest page = HttpRequest.newBuilder(
                        URI.create(zoom.baseUrl() + "/v2/users?status=active&page_size=" + PAGE))
                .header("Authorization", "Bearer " + token)
                .build();
        for (int n = 0; n < 3; n++) {
            HttpResponse<String> response = send(http, page);
            if (response.statusCode() != 200) {
                throw new IllegalStateException("The simulator answered " + response.statusCode() + " to a listing");
            }
        }
    }

    /** connection-service's access-token endpoint, handing out the simulator's tokens for the bench account. */
    private static HttpServer standIn(EmbeddedZoomSimulator zoom) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/internal/connections/", exchange -> {
            String token = zoom.simulator().oauth().installationToken(ACCOUNT).accessToken();
            byte[] body = ("{\"accessToken\":\"" + token + "\",\"expiresAt\":\""
                            + Instant.now().plusSeconds(3000) + "\",\"zoomAccountId\":\"" + ACCOUNT + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static String state(String run) {
        Matcher matcher = STATE.matcher(run);
        return matcher.find() ? matcher.group(1) : "";
    }

    private static String text(String run, String field) {
        Matcher matcher = Pattern.compile("\"" + field + "\":\"([^\"]+)\"").matcher(run);
        return matcher.find() ? matcher.group(1) : "";
    }

    private static int number(String run, String field) {
        Matcher matcher =
                Pattern.compile(String.format(NUMBER.pattern(), field)).matcher(run);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
    }
}
