package io.switchboard.bench;

import io.switchboard.embedded.EmbeddedKafka;
import io.switchboard.events.TopicSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The floor every Switchboard pipeline stands on: how many durable (acks=all, idempotent) 500-byte records per
 * second the embedded broker takes on this machine, and at what latency under a fixed offered load.
 *
 * <p>Latency is measured from the moment a record was due to be sent (not when it was sent), so a stalled
 * producer shows up in the percentiles instead of hiding (no coordinated omission).
 */
public final class KafkaBaseline {

    static final String TOPIC = "bench.baseline";

    private KafkaBaseline() {}

    public static void main(String[] args) throws Exception {
        Duration duration = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 10);
        int recordSize = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        Path logs = Files.createTempDirectory("switchboard-bench-kafka-");
        try (EmbeddedKafka kafka = EmbeddedKafka.create(logs, 0, Map.of()).start()) {
            kafka.createTopics(List.of(new TopicSpec(TOPIC, false)), 3);
            byte[] payload = new byte[recordSize];
            new Random(42).nextBytes(payload);
            ResultTable table = new ResultTable();
            run(kafka, payload, Duration.ofSeconds(3), -1, new ResultTable()); // warm-up, not reported
            run(kafka, payload, duration, -1, table);
            run(kafka, payload, duration, 5_000, table);
            run(kafka, payload, duration, 10_000, table);
            System.out.printf(
                    "%nKafka baseline: %d-byte records, acks=all, idempotent, %s per scenario%n", recordSize, duration);
            table.print();
        }
    }

    static void run(EmbeddedKafka kafka, byte[] payload, Duration duration, int rate, ResultTable table)
            throws InterruptedException {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                true,
                ProducerConfig.LINGER_MS_CONFIG,
                1,
                ProducerConfig.BATCH_SIZE_CONFIG,
                64 * 1024);
        Recorder recorder = new Recorder(3);
        AtomicLong acked = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        Semaphore inFlight = new Semaphore(20_000);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        long sent = 0;
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            while (true) {
                long due = rate > 0 ? start + sent * 1_000_000_000L / rate : System.nanoTime();
                if (due >= end) {
                    break;
                }
                long now = System.nanoTime();
                if (due > now) {
                    LockSupport.parkNanos(due - now);
                }
                inFlight.acquire();
                String key = "k" + (sent % 1024);
                producer.send(new ProducerRecord<>(TOPIC, key, payload), (metadata, error) -> {
                    inFlight.release();
                    if (error != null) {
                        errors.incrementAndGet();
                    } else {
                        acked.incrementAndGet();
                        recorder.recordValue(Math.max(1, (System.nanoTime() - due) / 1_000));
                    }
                });
                sent++;
            }
            producer.flush();
        }
        inFlight.acquire(20_000);
        double seconds = (System.nanoTime() - start) / 1e9;
        Histogram latencies = recorder.getIntervalHistogram();
        String name = rate > 0 ? "fixed rate " + rate + "/s" : "max throughput";
        table.add(name, rate > 0 ? rate : -1, acked.get() / seconds, latencies, errors.get());
        TimeUnit.MILLISECONDS.sleep(500);
    }
}
