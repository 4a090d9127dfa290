package io.switchboard.kafka;

import io.switchboard.events.CloudEventHeaders;
import io.switchboard.events.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Lists the dead letters of a topic and puts them back on it. A replayed record keeps its key, value and
 * CloudEvents headers ({@code ce_id} above all) and loses the {@code dead-letter-*} ones, so the consumers that
 * already applied it skip it, and the ones that could not apply it before try again. Progress is kept as the
 * offsets of consumer group {@value #GROUP} on {@code <topic>.dlq}: a second replay finds nothing new; with
 * {@code fromBeginning} every dead letter is replayed again, which consumers also shrug off by {@code ce_id}.
 */
public final class DeadLetterReplay {

    /** The consumer group that remembers how far each dead-letter topic was replayed. */
    public static final String GROUP = "switchboard-dlq-replay";

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String bootstrapServers;

    public DeadLetterReplay(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** One dead letter, as listed. */
    public record DeadLetter(
            int partition, long offset, String key, String id, String type, String reason, String origin) {}

    /** Every dead letter of {@code topic} (the source topic, not its {@code .dlq}), oldest first per partition. */
    public List<DeadLetter> list(String topic) {
        List<DeadLetter> letters = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer(null)) {
            readToEnd(consumer, Topics.dlq(topic), true, record -> letters.add(describe(record)));
        }
        return letters;
    }

    /** Puts the dead letters of {@code topic} not replayed before back on it; the number replayed. */
    public int replay(String topic, boolean fromBeginning) {
        String deadLetters = Topics.dlq(topic);
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer(GROUP);
                KafkaProducer<String, byte[]> producer = producer()) {
            Map<TopicPartition, OffsetAndMetadata> next = readToEnd(
                    consumer, deadLetters, fromBeginning, record -> sent.add(producer.send(restored(topic, record))));
            producer.flush();
            for (Future<RecordMetadata> ack : sent) {
                await(ack);
            }
            consumer.commitSync(next, TIMEOUT);
        }
        return sent.size();
    }

    /** The record to put back: same key, value and headers, without the dead-letter ones. */
    static ProducerRecord<String, byte[]> restored(String topic, ConsumerRecord<String, byte[]> deadLetter) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : deadLetter.headers()) {
            if (!header.key().startsWith(CloudEventHeaders.DLQ_PREFIX)) {
                headers.add(header);
            }
        }
        return new ProducerRecord<>(topic, null, deadLetter.key(), deadLetter.value(), headers);
    }

    /**
     * Reads {@code topic} from the group's position (or the beginning) to the end it had when called, handing each
     * record to {@code sink}; the offsets to commit afterwards.
     */
    private Map<TopicPartition, OffsetAndMetadata> readToEnd(
            KafkaConsumer<String, byte[]> consumer,
            String topic,
            boolean fromBeginning,
            Consumer<ConsumerRecord<String, byte[]>> sink) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic, TIMEOUT).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
        consumer.assign(partitions);
        if (fromBeginning) {
            consumer.seekToBeginning(partitions);
        }
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, TIMEOUT);
        Instant deadline = Instant.now().plus(TIMEOUT.multipliedBy(4));
        while (partitions.stream().anyMatch(partition -> consumer.position(partition, TIMEOUT) < end.get(partition))) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("Could not read " + topic + " to its end in time");
            }
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                    sink.accept(record);
                }
            }
        }
        Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
        end.forEach((partition, offset) -> next.put(partition, new OffsetAndMetadata(offset)));
        return next;
    }

    private static DeadLetter describe(ConsumerRecord<String, byte[]> record) {
        var headers = record.headers();
        String origin = CloudEvent.header(headers, CloudEventHeaders.DLQ_TOPIC) + "-"
                + CloudEvent.header(headers, CloudEventHeaders.DLQ_PARTITION) + "@"
                + CloudEvent.header(headers, CloudEventHeaders.DLQ_OFFSET);
        return new DeadLetter(
                record.partition(),
                record.offset(),
                record.key(),
                CloudEvent.header(headers, CloudEventHeaders.ID),
                CloudEvent.header(headers, CloudEventHeaders.TYPE),
                CloudEvent.header(headers, CloudEventHeaders.DLQ_REASON),
                origin);
    }

    private KafkaConsumer<String, byte[]> consumer(String group) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        if (group != null) {
            config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        }
        return new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }

    private KafkaProducer<String, byte[]> producer() {
        Map<String, Object> base = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        Map<String, Object> config = new HashMap<>(DurableProducer.settings(base, "switchboard-dlq-replay"));
        // A command-line tool may wait for metadata; only services must never block.
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) TIMEOUT.toMillis());
        return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    private static void await(Future<RecordMetadata> ack) {
        try {
            ack.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Replaying a dead letter failed; nothing was marked replayed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while replaying", e);
        }
    }
}
