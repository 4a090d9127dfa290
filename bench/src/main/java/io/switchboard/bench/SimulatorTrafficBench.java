package io.switchboard.bench;

import io.switchboard.embedded.EmbeddedKafka;
import io.switchboard.events.CloudEventHeaders;
import io.switchboard.events.Topics;
import io.switchboard.simulator.EmbeddedZoomSimulator;
import io.switchboard.simulator.SimulatorSettings;
import io.switchboard.simulator.traffic.TrafficRequest;
import io.switchboard.simulator.traffic.TrafficRun;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Realistic Zoom traffic (meetings, webinars, calls and user changes of a simulated account, as the Zoom simulator
 * plays it: signed, Zoom's headers, at most {@code maxInFlight} on the wire) into the packaged ingest service and a
 * real broker; afterwards the topics are read back and every generated event must be there. The baseline, in the
 * same command, is the same traffic into an endpoint that answers 204 at once: what the simulator itself can play.
 */
public final class SimulatorTrafficBench {

    private static final String SECRET = "bench-secret";
    private static final int MAX_EVENTS = 60_000;
    private static final List<String> TOPICS =
            List.of(Topics.ZOOM_MEETING, Topics.ZOOM_WEBINAR, Topics.ZOOM_PHONE, Topics.ZOOM_USER);

    private SimulatorTrafficBench() {}

    /** One scenario's outcome. */
    private record Row(String scenario, String offered, Map<String, Object> run, String missing) {}

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int maxInFlight = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        int[] rates = args.length > 2
                ? Arrays.stream(args[2].split(",")).mapToInt(Integer::parseInt).toArray()
                : new int[] {1_000, 3_000, 50_000};
        Path repository =
                Path.of(System.getProperty("switchboard.repository", ".")).toAbsolutePath();
        Path home = Files.createTempDirectory("switchboard-bench-simulator-");
        List<Row> rows = new ArrayList<>();
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
        try (EmbeddedKafka kafka =
                        EmbeddedKafka.create(home.resolve("kafka"), 0, Map.of()).start();
                EmbeddedZoomSimulator zoom = EmbeddedZoomSimulator.start(SimulatorSettings.defaults(), 0)) {
            kafka.createTopics(Topics.all(), 3);
            String sink = nullEndpoint(vertx);
            play(zoom, sink, "WARMUP", 2_000, 2_000, maxInFlight);
            for (int rate : rates) {
                String account = "BENCHSINK" + rate;
                rows.add(new Row(
                        "simulator -> 204 endpoint",
                        offered(rate),
                        play(zoom, sink, account, rate, events(rate, seconds), maxInFlight),
                        "-"));
            }
            try (IngestProcess ingest = IngestProcess.start(repository, home, kafka.bootstrapServers(), SECRET)) {
                play(zoom, ingest.webhookUrl(), "WARMUPINGEST", 2_000, 4_000, maxInFlight);
                for (int rate : rates) {
                    String account = "BENCHINGEST" + rate;
                    Map<String, Object> run =
                            play(zoom, ingest.webhookUrl(), account, rate, events(rate, seconds), maxInFlight);
                    long inKafka = eventsInKafka(kafka.bootstrapServers(), account);
                    long missing = ((Number) run.get("generated")).longValue()
                            - ((Number) run.get("dropped")).longValue()
                            - ((Number) run.get("refused")).longValue()
                            - inKafka;
                    rows.add(new Row("simulator -> ingest -> Kafka", offered(rate), run, Long.toString(missing)));
                }
            }
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
        print(rows, seconds, maxInFlight);
    }

    private static int events(int rate, int seconds) {
        return (int) Math.min(MAX_EVENTS, (long) rate * seconds);
    }

    private static String offered(int rate) {
        return rate >= 50_000 ? "max" : String.format("%,d", rate);
    }

    private static Map<String, Object> play(
            EmbeddedZoomSimulator zoom, String target, String account, int rate, int events, int maxInFlight)
            throws Exception {
        TrafficRun run = zoom.simulator()
                .traffic()
                .start(new TrafficRequest(target, SECRET, account, events, rate, 0, 1, 200, 1, 0, 0, maxInFlight));
        return run.done().toCompletableFuture().get(10, TimeUnit.MINUTES);
    }

    /** An endpoint that reads each delivery and answers 204 at once; its URL. */
    private static String nullEndpoint(Vertx vertx) throws Exception {
        HttpServer server = vertx.createHttpServer()
                .requestHandler(request -> request.body()
                        .onComplete(
                                body -> request.response().setStatusCode(204).end()))
                .listen(0, "127.0.0.1")
                .toCompletionStage()
                .toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
        return "http://127.0.0.1:" + server.actualPort() + "/webhooks/zoom";
    }

    /** Distinct event ids ({@code ce_id}) of {@code account} on the Zoom topics. */
    private static long eventsInKafka(String bootstrap, String account) {
        String marker = "\"account_id\":\"" + account + "\"";
        Set<String> ids = new HashSet<>();
        try (var consumer = new KafkaConsumer<>(
                Map.<String, Object>of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrap,
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false,
                        ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                        5_000),
                new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = TOPICS.stream()
                    .flatMap(topic -> consumer.partitionsFor(topic).stream())
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.value().contains(marker)) {
                        var id = record.headers().lastHeader(CloudEventHeaders.ID);
                        ids.add(id == null ? "" : new String(id.value(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return ids.size();
    }

    private static void print(List<Row> rows, int seconds, int maxInFlight) {
        System.out.printf(
                "%nSimulated Zoom traffic on this machine (%d cores): up to %d s or %,d events per scenario, at most %d"
                        + " deliveries in flight%n",
                Runtime.getRuntime().availableProcessors(), seconds, MAX_EVENTS, maxInFlight);
        String format = "%-30s %9s %8s %9s %12s %8s %8s %8s %8s %8s%n";
        System.out.printf(
                format,
                "scenario",
                "offered/s",
                "events",
                "elapsed s",
                "delivered/s",
                "p50 ms",
                "p99 ms",
                "retries",
                "dropped",
                "missing");
        for (Row row : rows) {
            Map<String, Object> run = row.run();
            double elapsed = ((Number) run.get("elapsedMs")).doubleValue() / 1000;
            long delivered = ((Number) run.get("delivered")).longValue();
            System.out.printf(
                    format,
                    row.scenario(),
                    row.offered(),
                    String.format("%,d", ((Number) run.get("generated")).longValue()),
                    String.format("%.1f", elapsed),
                    String.format("%,.0f", delivered / Math.max(0.001, elapsed)),
                    String.format("%.2f", ((Number) run.get("answerP50Ms")).doubleValue()),
                    String.format("%.2f", ((Number) run.get("answerP99Ms")).doubleValue()),
                    run.get("retries"),
                    run.get("dropped"),
                    row.missing());
        }
    }
}
