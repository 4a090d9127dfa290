package io.switchboard.bench;

import io.switchboard.events.CloudEventHeaders;
import io.switchboard.events.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * What one activity-service replica records per second on its own: N {@code meeting.started} events of mapped hosts
 * written straight to {@code zoom.meeting} as fast as Kafka takes them (no ingest, no HTTP), timed until every one
 * has its {@code activity.recorded}. The baseline, in the same run, is how fast the same records were written to
 * Kafka. The service, Kafka, PostgreSQL and this client share the machine.
 */
public final class ActivityDrainBench {

    private ActivityDrainBench() {}

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        try (ActivityStack stack = ActivityStack.start("drain")) {
            WebhookTimelineBench.directory(stack, UUID.randomUUID(), WebhookTimelineBench.HOSTS);
            run(stack, events);
        }
    }

    private static void run(ActivityStack stack, int events) throws Exception {
        AtomicBoolean reading = new AtomicBoolean(true);
        Map<Long, Boolean> seen = new ConcurrentHashMap<>();
        CountDownLatch assigned = new CountDownLatch(1);
        Thread activities = WebhookTimelineBench.reader(
                stack.kafka.bootstrapServers(), Topics.ACTIVITIES, new Histogram(3), reading, seen, assigned);
        if (!assigned.await(1, TimeUnit.MINUTES)) {
            throw new IllegalStateException("The reader did not get its topic in a minute");
        }
        long start = System.nanoTime();
        List<String> hosts = new ArrayList<>();
        for (int host = 0; host < WebhookTimelineBench.HOSTS; host++) {
            hosts.add("host" + host);
        }
        produce(stack.kafka.bootstrapServers(), WebhookTimelineBench.ACCOUNT, hosts, events);
        double produced = (System.nanoTime() - start) / 1e9;
        boolean all = BenchWait.until(() -> seen.size() >= events, Duration.ofMinutes(10));
        double recorded = (System.nanoTime() - start) / 1e9;
        reading.set(false);
        activities.join();
        String format = "%-54s %10s %10s %12s%n";
        System.out.printf(
                "%nActivity drain: %,d meeting.started of %d mapped hosts%n", events, WebhookTimelineBench.HOSTS);
        System.out.printf(format, "path", "events", "seconds", "events/s");
        System.out.printf(format, "baseline: written to zoom.meeting", events, fmt(produced), fmt(events / produced));
        System.out.printf(
                format,
                "zoom.meeting -> activity.recorded (one replica)",
                seen.size(),
                fmt(recorded),
                fmt(seen.size() / recorded));
        if (!all) {
            System.out.printf("only %,d of %,d entries arrived within 10 minutes%n", seen.size(), events);
        }
    }

    private static String fmt(double value) {
        return String.format("%.1f", value);
    }

    /**
     * Writes {@code events} meetings of {@code account}, hosted by each of {@code hosts} in turn, with the CloudEvents
     * headers ingest gives them, asynchronously, and waits for all.
     */
    static void produce(String bootstrapServers, String account, List<String> hosts, int events) {
        Map<String, Object> settings =
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.LINGER_MS_CONFIG, 5);
        try (var producer = new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer())) {
            for (long n = 0; n < events; n++) {
                String uuid = "drain" + n + "==";
                String body = "{\"event\":\"meeting.started\",\"event_ts\":" + System.currentTimeMillis()
                        + ",\"payload\":{\"account_id\":\"" + account
                        + "\",\"object\":{\"uuid\":\""
                        + uuid + "\",\"id\":\"" + (91_000_000_000L + n) + "\",\"host_id\":\""
                        + hosts.get((int) (n % hosts.size())) + "\",\"topic\":\"sent-" + n + "-" + System.nanoTime()
                        + "\",\"type\":2,\"start_time\":\"" + Instant.now() + "\"}}}";
                var record = new ProducerRecord<>(Topics.ZOOM_MEETING, uuid, body);
                header(record, CloudEventHeaders.ID, UUID.randomUUID().toString());
                header(record, CloudEventHeaders.TYPE, "meeting.started");
                header(record, CloudEventHeaders.SOURCE, "/zoom/default");
                header(record, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
                producer.send(record);
            }
            producer.flush();
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
