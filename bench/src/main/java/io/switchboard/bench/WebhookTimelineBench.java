package io.switchboard.bench;

import io.switchboard.embedded.EmbeddedKafka;
import io.switchboard.embedded.EmbeddedPostgres;
import io.switchboard.events.CloudEventHeaders;
import io.switchboard.events.DirectoryTypes;
import io.switchboard.events.Topics;
import io.switchboard.zoom.WebhookSignature;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Webhook to timeline: signed {@code meeting.started} webhooks at a fixed rate (1,000/s by default) through the
 * packaged ingest into the packaged activity-service, each a new meeting of a mapped host, timed from the moment it is
 * sent to the moment its {@code activity.recorded} is on {@code switchboard.activities}. The baseline, in the same
 * run, is the same webhooks' arrival on {@code zoom.meeting} (ingest and Kafka alone).
 *
 * <p>Both services run in the JVM of their Deployments (C1 only, the serial collector, 512 MiB and one processor),
 * and this JVM, which holds the embedded broker, the sender and the readers, runs C1 only as well ({@code bench/run};
 * {@code SWITCHBOARD_BENCH_HARNESS_OPTS} replaces that). With C2 in all three, their compiler threads took about a
 * quarter of this machine's two cores through a two-minute run, and that CPU was the stack's.
 */
public final class WebhookTimelineBench {

    private static final String WEBHOOK_SECRET = "bench-webhook-secret";
    static final String ACCOUNT = "BENCHTIMELINE01";
    private static final String ORG = "bench-org";
    /** Mapped hosts unless told otherwise: 50 puts 20 of 1,000 events a second on each person's key. */
    static final int HOSTS = 50;
    /** Seconds of load at the measured rate before the measured run. */
    private static final int WARM_UP_SECONDS = 10;

    private static final Pattern SENT = Pattern.compile("sent-(\\d+)-(\\d+)");

    private WebhookTimelineBench() {}

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        int hosts = args.length > 2 ? Integer.parseInt(args[2]) : HOSTS;
        try (ActivityStack stack = ActivityStack.startAsDeployed("timeline");
                IngestProcess ingest = IngestProcess.startAsDeployed(
                        stack.repository, stack.home, stack.kafka.bootstrapServers(), WEBHOOK_SECRET)) {
            directory(stack, UUID.randomUUID(), hosts);
            run(stack.kafka, ingest.port(), seconds, rate, hosts);
            System.out.printf(
                    "webhook-ingest-service JVM: %s%n",
                    String.join(" ", ingest.jvm().options()));
            System.out.printf("activity-service JVM: %s%n", String.join(" ", stack.jvm.options()));
            System.out.printf(
                    "this JVM (Kafka broker, sender, readers): %s%n",
                    String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
        }
    }

    /** The connection and the mapped hosts, as connection-service and user-mapping-service publish them. */
    static void directory(ActivityStack stack, UUID connection, int hosts) throws Exception {
        EmbeddedKafka kafka = stack.kafka;
        Map<String, Object> settings = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        try (var producer = new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer())) {
            send(
                    producer,
                    Topics.CONNECTIONS,
                    connection.toString(),
                    "connection.established",
                    "{\"orgId\":\"" + ORG + "\",\"connectionId\":\"" + connection + "\",\"zoomAccountId\":\"" + ACCOUNT
                            + "\",\"status\":\"active\"}");
            for (int host = 0; host < hosts; host++) {
                send(
                        producer,
                        Topics.MAPPINGS,
                        connection + ":host" + host,
                        DirectoryTypes.MAPPING_CHANGED,
                        "{\"orgId\":\"" + ORG + "\",\"connectionId\":\"" + connection + "\",\"profileId\":\"p" + host
                                + "\",\"zoomUserId\":\"host" + host + "\",\"enabled\":true,\"source\":\"auto\"}");
            }
            producer.flush();
        }
        // The load starts once the service holds the directory: every meeting then finds its host mapped.
        boolean ready = BenchWait.until(() -> mappedHosts(stack) == hosts, Duration.ofMinutes(1));
        if (!ready) {
            throw new IllegalStateException("activity-service did not take the connection and mappings in a minute");
        }
    }

    private static int mappedHosts(ActivityStack stack) {
        try (Connection sql =
                        DriverManager.getConnection(stack.postgres.jdbcUrl("activity"), EmbeddedPostgres.USER, "");
                ResultSet rows = sql.createStatement()
                        .executeQuery("select count(*) from mapping_ref m join connection_ref c"
                                + " on c.connection_id = m.connection_id and c.active")) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            return 0;
        }
    }

    static void send(KafkaProducer<String, String> producer, String topic, String key, String type, String body)
            throws Exception {
        var record = new ProducerRecord<>(topic, key, body);
        record.headers().add(CloudEventHeaders.ID, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.TYPE, type.getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.SOURCE, "/bench".getBytes(StandardCharsets.UTF_8));
        record.headers()
                .add(
                        CloudEventHeaders.SPEC_VERSION,
                        CloudEventHeaders.SPEC_VERSION_VALUE.getBytes(StandardCharsets.UTF_8));
        producer.send(record).get();
    }

    private static void run(EmbeddedKafka kafka, int ingestPort, int seconds, int rate, int hostCount)
            throws Exception {
        Histogram timeline = new Histogram(3);
        Histogram kafkaOnly = new Histogram(3);
        AtomicBoolean reading = new AtomicBoolean(true);
        Map<Long, Boolean> seen = new ConcurrentHashMap<>();
        CountDownLatch assigned = new CountDownLatch(2);
        String bootstrap = kafka.bootstrapServers();
        Thread activities = reader(bootstrap, Topics.ACTIVITIES, timeline, reading, seen, assigned);
        Thread meetings =
                reader(bootstrap, Topics.ZOOM_MEETING, kafkaOnly, reading, new ConcurrentHashMap<>(), assigned);
        if (!assigned.await(1, TimeUnit.MINUTES)) {
            throw new IllegalStateException("The readers did not get their topics in a minute");
        }
        List<String> hosts = new ArrayList<>();
        for (int host = 0; host < hostCount; host++) {
            hosts.add("host" + host);
        }
        // A warm-up at the same rate, not measured: otherwise the JIT compiling every process at once makes a
        // backlog in the first seconds that the whole run then works off.
        long warm = (long) WARM_UP_SECONDS * rate;
        AtomicLong warmRefused = offer(ingestPort, WEBHOOK_SECRET, ACCOUNT, hosts, 0, warm, rate);
        BenchWait.until(() -> seen.size() >= warm - warmRefused.get(), Duration.ofSeconds(60));
        timeline.reset();
        kafkaOnly.reset();
        long total = (long) seconds * rate;
        long start = System.nanoTime();
        AtomicLong refused = offer(ingestPort, WEBHOOK_SECRET, ACCOUNT, hosts, warm, total, rate);
        double sentSeconds = (System.nanoTime() - start) / 1e9;
        BenchWait.until(() -> seen.size() >= warm + total - refused.get() - warmRefused.get(), Duration.ofSeconds(60));
        reading.set(false);
        activities.join();
        meetings.join();
        System.out.printf(
                "%nWebhook to timeline: %,d meeting.started at %,d/s offered (%.0f/s sent), %d hosts, after a %d s"
                        + " warm-up at the same rate%n",
                total, rate, total / sentSeconds, hostCount, WARM_UP_SECONDS);
        String format = "%-44s %10s %10s %10s %10s%n";
        System.out.printf(format, "path", "events", "p50 ms", "p99 ms", "max ms");
        print(format, "baseline: webhook -> ingest -> zoom.meeting", kafkaOnly);
        print(format, "webhook -> timeline entry (activity.recorded)", timeline);
        System.out.printf(
                "refused by ingest: %d; entries missing after 60 s: %d; target p99 under 500 ms%n",
                refused.get(), warm + total - warmRefused.get() - refused.get() - seen.size());
    }

    /**
     * Sends {@code total} signed {@code meeting.started} webhooks of {@code account} to ingest on {@code port} at
     * {@code rate} a second, each a new meeting of one of {@code hosts} in turn; the count that ingest refused
     * grows as the answers come in. One event loop and 64 kept-alive connections, as a load balancer would hold:
     * the JDK's HTTP client took about as much CPU as the stack under test.
     */
    static AtomicLong offer(int port, String secret, String account, List<String> hosts, long total, int rate) {
        return offer(port, secret, account, hosts, 0, total, rate);
    }

    /** {@link #offer(int, String, String, List, long, int)} numbering the meetings from {@code first}. */
    static AtomicLong offer(
            int port, String secret, String account, List<String> hosts, long first, long total, int rate) {
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
        HttpClient http = IngestBench.client(vertx, port, 64);
        AtomicLong refused = new AtomicLong();
        AtomicLong answered = new AtomicLong();
        long start = System.nanoTime();
        for (long n = 0; n < total; n++) {
            long due = start + n * 1_000_000_000L / rate;
            long now = System.nanoTime();
            if (due > now) {
                // Parked, not spinning: a spinning sender took one of this machine's two cores from the stack.
                LockSupport.parkNanos(due - now);
            }
            String host = hosts.get((int) (n % hosts.size()));
            send(http, secret, account, host, first + n).onComplete(answer -> {
                if (answer.failed() || answer.result().statusCode() != 204) {
                    refused.incrementAndGet();
                }
                if (answered.incrementAndGet() == total) {
                    vertx.close();
                }
            });
        }
        return refused;
    }

    static void print(String format, String name, Histogram histogram) {
        System.out.printf(
                format,
                name,
                Long.toString(histogram.getTotalCount()),
                String.format("%.1f", histogram.getValueAtPercentile(50) / 1000.0),
                String.format("%.1f", histogram.getValueAtPercentile(99) / 1000.0),
                String.format("%.1f", histogram.getMaxValue() / 1000.0));
    }

    /** A new meeting of one of the hosts; its topic carries its number and the time it is sent. */
    private static Future<HttpClientResponse> send(
            HttpClient http, String secret, String account, String host, long n) {
        long sent = System.nanoTime();
        String uuid = "bench" + n + "==";
        byte[] body = ("{\"event\":\"meeting.started\",\"event_ts\":" + System.currentTimeMillis()
                        + ",\"payload\":{\"account_id\":\"" + account + "\",\"object\":{\"uuid\":\"" + uuid
                        + "\",\"id\":\"" + (90_000_000_000L + n) + "\",\"host_id\":\"" + host
                        + "\",\"topic\":\"sent-" + n + "-" + sent + "\",\"type\":2,\"start_time\":\""
                        + Instant.now() + "\"}}}")
                .getBytes(StandardCharsets.UTF_8);
        long timestamp = Instant.now().getEpochSecond();
        return http.request(HttpMethod.POST, "/webhooks/zoom")
                .compose(request -> request.putHeader("Content-Type", "application/json")
                        .putHeader(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                        .putHeader(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(secret, timestamp, body))
                        .send(Buffer.buffer(body)));
    }

    /** Reads {@code topic} from its end and records, once per meeting, the time since its webhook was sent. */
    static Thread reader(
            String bootstrapServers,
            String topic,
            Histogram histogram,
            AtomicBoolean reading,
            Map<Long, Boolean> seen,
            CountDownLatch assigned) {
        Map<String, Object> settings = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG,
                "bench-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "latest");
        Thread thread = new Thread(() -> {
            try (var consumer = new KafkaConsumer<>(settings, new StringDeserializer(), new StringDeserializer())) {
                consumer.subscribe(List.of(topic), new ConsumerRebalanceListener() {
                    @Override
                    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {}

                    @Override
                    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                        // "latest": the reader now sees everything sent from here on.
                        if (!partitions.isEmpty()) {
                            consumer.position(partitions.iterator().next());
                            assigned.countDown();
                        }
                    }
                });
                while (reading.get()) {
                    for (var record : consumer.poll(Duration.ofMillis(100))) {
                        Matcher sent = SENT.matcher(String.valueOf(record.value()));
                        if (sent.find() && seen.putIfAbsent(Long.parseLong(sent.group(1)), true) == null) {
                            histogram.recordValue((System.nanoTime() - Long.parseLong(sent.group(2))) / 1_000);
                        }
                    }
                }
            }
        });
        thread.start();
        return thread;
    }
}
