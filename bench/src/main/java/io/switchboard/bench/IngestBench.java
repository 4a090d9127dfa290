package io.switchboard.bench;

import io.switchboard.embedded.EmbeddedKafka;
import io.switchboard.events.TopicSpec;
import io.switchboard.events.Topics;
import io.switchboard.zoom.WebhookSignature;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Recorder;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Load test of webhook-ingest-service: signed Zoom webhooks sent as fast as the service takes them, and at a fixed
 * offered rate, against the packaged service and a real broker on this machine. After each scenario it reads the
 * topic back and counts acknowledged deliveries that Kafka does not hold (must be 0). Two baselines run in the same
 * command: the broker alone with records of the same size, and a bare server that only checks the signature
 * ({@link BareWebhookServer}, its own JVM like ingest), so the table shows what durability costs.
 */
public final class IngestBench {

    private static final String SECRET = "bench-secret";
    private static final Pattern SEQ = Pattern.compile("\"seq\":(\\d+)");

    private IngestBench() {}

    public static void main(String[] args) throws Exception {
        Duration duration = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 20);
        int connections = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        int[] rates = args.length > 2
                ? Arrays.stream(args[2].split(",")).mapToInt(Integer::parseInt).toArray()
                : new int[] {5_000, 10_000};
        Path repository =
                Path.of(System.getProperty("switchboard.repository", ".")).toAbsolutePath();
        Path home = Files.createTempDirectory("switchboard-bench-ingest-");
        try (EmbeddedKafka kafka =
                EmbeddedKafka.create(home.resolve("kafka"), 0, Map.of()).start()) {
            kafka.createTopics(Topics.all(), 3);
            kafka.createTopics(List.of(new TopicSpec(KafkaBaseline.TOPIC, false)), 3);
            ResultTable table = new ResultTable();
            byte[] sample = body(0, UUID.randomUUID().toString());
            KafkaBaseline.run(kafka, sample, Duration.ofSeconds(3), -1, new ResultTable());
            KafkaBaseline.run(kafka, sample, duration, -1, table);
            for (int rate : rates) {
                KafkaBaseline.run(kafka, sample, duration, rate, table);
            }

            Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
            double bareMax;
            double ingestMax;
            try (BareProcess bare = BareProcess.start(SECRET, ServerJvms.javaOptions())) {
                Load load = new Load(client(vertx, bare.port(), connections), null);
                load.run(Duration.ofSeconds(5), -1, connections, new ResultTable(), "warm-up");
                bareMax = load.run(duration, -1, connections, table, "bare server max (" + connections + " conns)");
                for (int rate : rates) {
                    load.run(duration, rate, connections, table, "bare server fixed " + rate + "/s");
                }
            }
            try (IngestProcess service = IngestProcess.start(repository, home, kafka.bootstrapServers(), SECRET)) {
                Load load = new Load(client(vertx, service.port(), connections), kafka.bootstrapServers());
                load.run(Duration.ofSeconds(5), -1, connections, new ResultTable(), "warm-up");
                ingestMax = load.run(duration, -1, connections, table, "ingest max (" + connections + " conns)");
                for (int rate : rates) {
                    load.run(duration, rate, connections, table, "ingest fixed " + rate + "/s");
                }
            } finally {
                vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            }
            System.out.printf(
                    "%nWebhook ingest on this machine (%d cores): %s per scenario; Kafka rows are the broker alone with"
                            + " %d-byte records, acks=all%n",
                    Runtime.getRuntime().availableProcessors(), duration, sample.length);
            table.print();
            System.out.printf(
                    "ingest max / bare server max: %.0f%% (durable write to Kafka and the framework, against signature"
                            + " check alone)%n",
                    100 * ingestMax / bareMax);
        }
    }

    /** A client to 127.0.0.1:{@code port} keeping {@code connections} connections alive. */
    static HttpClient client(Vertx vertx, int port, int connections) {
        return vertx.createHttpClient(
                new HttpClientOptions()
                        .setDefaultHost("127.0.0.1")
                        .setDefaultPort(port)
                        .setKeepAlive(true),
                new PoolOptions().setHttp1MaxSize(connections).setMaxWaitQueueSize(-1));
    }

    /** A meeting.participant_joined delivery of about 600 bytes, numbered {@code seq}. */
    static byte[] body(long seq, String meeting) {
        return ("{\"event\":\"meeting.participant_joined\",\"event_ts\":" + System.currentTimeMillis()
                        + ",\"payload\":{\"account_id\":\"AAAAAABBBB\",\"object\":{\"uuid\":\"" + meeting
                        + "\",\"id\":\"1234567890\",\"host_id\":\"x1yCzABCDEfg23HiJKl4mN\",\"topic\":\"Weekly sync\","
                        + "\"type\":2,\"start_time\":\"2026-11-22T10:00:00Z\",\"timezone\":\"Europe/Berlin\","
                        + "\"duration\":60,\"participant\":{\"user_id\":\"16778240\",\"user_name\":\"Jill Chill\","
                        + "\"id\":\"iFxeBPYun6SAiWUzBcEkX\",\"participant_uuid\":\"55555AAAiAAAAAiAiAiiAii\","
                        + "\"email\":\"jchill@example.com\",\"join_time\":\"2026-11-22T10:01:00Z\","
                        + "\"registrant_id\":\"abcdefghij0-klmnopq23456\",\"phone_number\":\"8615250064084\","
                        + "\"customer_key\":\"349589LkJyeW\"}}},\"seq\":" + seq + "}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Drives one scenario and checks the result against Kafka. */
    private static final class Load {

        private final HttpClient client;
        private final String bootstrap;
        private final AtomicLong sequence = new AtomicLong();

        Load(HttpClient client, String bootstrap) {
            this.client = client;
            this.bootstrap = bootstrap;
        }

        /** Runs one scenario, adds its row; the acknowledged deliveries per second. */
        double run(Duration duration, int rate, int connections, ResultTable table, String name)
                throws InterruptedException {
            Map<TopicPartition, Long> startOffsets = bootstrap == null ? Map.of() : endOffsets();
            Recorder latencies = new Recorder(3);
            BitSet acked = new BitSet();
            AtomicLong ackedCount = new AtomicLong();
            AtomicLong errors = new AtomicLong();
            AtomicLong outstanding = new AtomicLong();
            CountDownLatch drained = new CountDownLatch(1);
            long start = System.nanoTime();
            long end = start + duration.toNanos();
            String[] meetings = new String[256];
            Arrays.setAll(meetings, i -> UUID.randomUUID().toString());
            Runnable[] sendOne = new Runnable[1];
            sendOne[0] = () -> {
                long seq = sequence.incrementAndGet();
                long due = System.nanoTime();
                send(
                        seq,
                        meetings[(int) (seq % meetings.length)],
                        due,
                        latencies,
                        acked,
                        ackedCount,
                        errors,
                        () -> {
                            if (rate < 0 && System.nanoTime() < end) {
                                sendOne[0].run();
                            } else if (outstanding.decrementAndGet() == 0 && System.nanoTime() >= end) {
                                drained.countDown();
                            }
                        },
                        outstanding);
            };
            if (rate < 0) {
                outstanding.addAndGet(connections);
                for (int i = 0; i < connections; i++) {
                    sendOne[0].run();
                }
            } else {
                long sent = 0;
                while (true) {
                    long due = start + sent * 1_000_000_000L / rate;
                    if (due >= end) {
                        break;
                    }
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                    long seq = sequence.incrementAndGet();
                    outstanding.incrementAndGet();
                    send(
                            seq,
                            meetings[(int) (seq % meetings.length)],
                            due,
                            latencies,
                            acked,
                            ackedCount,
                            errors,
                            () -> {
                                if (outstanding.decrementAndGet() == 0 && System.nanoTime() >= end) {
                                    drained.countDown();
                                }
                            },
                            outstanding);
                    sent++;
                }
                if (outstanding.get() == 0) {
                    drained.countDown();
                }
            }
            drained.await(60, TimeUnit.SECONDS);
            double seconds = (System.nanoTime() - start) / 1e9;
            String missing = bootstrap == null ? "-" : Long.toString(missing(startOffsets, acked));
            double perSecond = ackedCount.get() / seconds;
            table.add(name, rate, perSecond, latencies.getIntervalHistogram(), errors.get(), missing);
            return perSecond;
        }

        private void send(
                long seq,
                String meeting,
                long due,
                Recorder latencies,
                BitSet acked,
                AtomicLong ackedCount,
                AtomicLong errors,
                Runnable next,
                AtomicLong outstanding) {
            byte[] body = body(seq, meeting);
            long timestamp = Instant.now().getEpochSecond();
            RequestOptions request = new RequestOptions()
                    .setMethod(HttpMethod.POST)
                    .setURI("/webhooks/zoom")
                    .putHeader("content-type", "application/json")
                    .putHeader(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                    .putHeader(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(SECRET, timestamp, body));
            client.request(request).compose(r -> r.send(Buffer.buffer(body))).onComplete(result -> {
                if (result.succeeded() && result.result().statusCode() == 204) {
                    latencies.recordValue(Math.max(1, (System.nanoTime() - due) / 1_000));
                    synchronized (acked) {
                        acked.set((int) seq);
                    }
                    ackedCount.incrementAndGet();
                } else {
                    errors.incrementAndGet();
                }
                next.run();
            });
        }

        private Map<TopicPartition, Long> endOffsets() {
            try (var consumer = consumer()) {
                List<TopicPartition> partitions = consumer.partitionsFor(Topics.ZOOM_MEETING).stream()
                        .map(p -> new TopicPartition(p.topic(), p.partition()))
                        .toList();
                return consumer.endOffsets(partitions);
            }
        }

        /** Acknowledged sequence numbers that are not in Kafka. */
        private long missing(Map<TopicPartition, Long> from, BitSet acked) {
            BitSet found = new BitSet();
            try (var consumer = consumer()) {
                consumer.assign(from.keySet());
                from.forEach(consumer::seek);
                Map<TopicPartition, Long> end = consumer.endOffsets(from.keySet());
                while (from.keySet().stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                    for (var record : consumer.poll(Duration.ofMillis(200))) {
                        Matcher matcher = SEQ.matcher(record.value());
                        if (matcher.find()) {
                            found.set(Integer.parseInt(matcher.group(1)));
                        }
                    }
                }
            }
            BitSet missing;
            synchronized (acked) {
                missing = (BitSet) acked.clone();
            }
            missing.andNot(found);
            return missing.cardinality();
        }

        private KafkaConsumer<String, String> consumer() {
            return new KafkaConsumer<>(
                    Map.of(
                            ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                            bootstrap,
                            ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                            false,
                            ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                            5_000),
                    new StringDeserializer(),
                    new StringDeserializer());
        }
    }
}
