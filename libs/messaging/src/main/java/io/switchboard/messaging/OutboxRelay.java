package io.switchboard.messaging;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.switchboard.events.CloudEventHeaders;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes the outbox to Kafka in order: each round claims the oldest unpublished rows ({@code FOR UPDATE SKIP
 * LOCKED}, so replicas share the work), sends them with acks=all, and marks them published in the same database
 * transaction once Kafka acknowledged every one. A failure rolls the round back; the rows are sent again in the
 * next round and consumers drop the repeats by {@code ce_id}.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final String CLAIM = "select seq, id, topic, record_key, type, source, subject, payload, created_at"
            + " from outbox_event where published_at is null order by seq limit $1 for update skip locked";

    private final Pool database;
    private final Vertx vertx;
    private final OutboxConfig config;
    private final KafkaProducer<String, String> producer;
    private final AtomicBoolean running = new AtomicBoolean();

    public OutboxRelay(
            Pool database,
            Vertx vertx,
            OutboxConfig config,
            @Identifier("default-kafka-broker") Map<String, Object> kafka) {
        this.database = database;
        this.vertx = vertx;
        this.config = config;
        Map<String, Object> producerConfig = new HashMap<>(kafka);
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerConfig.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
        producerConfig.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
        producerConfig.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        producerConfig.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000);
        this.producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new StringSerializer());
    }

    void start(@Observes StartupEvent startup) {
        if (config.enabled() && running.compareAndSet(false, true)) {
            schedule(config.interval());
        }
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running.set(false);
        producer.close(Duration.ofSeconds(5));
    }

    private void schedule(Duration delay) {
        if (!running.get()) {
            return;
        }
        vertx.setTimer(
                Math.max(1, delay.toMillis()),
                id -> publishRound()
                        .subscribe()
                        .with(
                                published ->
                                        schedule(published == config.batchSize() ? Duration.ZERO : config.interval()),
                                failure -> {
                                    if (!running.get()) {
                                        // Shutting down: the pool or producer closed under the round. The
                                        // events stay in the outbox for the next start.
                                        Log.debugf("Outbox round ended by shutdown: %s", failure);
                                        return;
                                    }
                                    Log.warnf("Outbox round failed, retrying: %s", failure.toString());
                                    schedule(config.interval().multipliedBy(5));
                                }));
    }

    /** One round: publishes up to a batch of events; the number published. */
    public Uni<Integer> publishRound() {
        return database.withTransaction(connection -> connection
                .preparedQuery(CLAIM)
                .execute(Tuple.of(config.batchSize()))
                .flatMap(rows -> {
                    List<Row> claimed = new ArrayList<>();
                    rows.forEach(claimed::add);
                    if (claimed.isEmpty()) {
                        return housekeeping(connection).replaceWith(0);
                    }
                    return send(claimed).flatMap(ignored -> markPublished(connection, claimed));
                }));
    }

    private Uni<Void> send(List<Row> rows) {
        List<CompletableFuture<Void>> acks = new ArrayList<>(rows.size());
        for (Row row : rows) {
            CompletableFuture<Void> ack = new CompletableFuture<>();
            producer.send(record(row), (metadata, error) -> {
                if (error == null) {
                    ack.complete(null);
                } else {
                    ack.completeExceptionally(error);
                }
            });
            acks.add(ack);
        }
        return Uni.createFrom().completionStage(CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)));
    }

    private Uni<Integer> markPublished(SqlConnection connection, List<Row> rows) {
        Long[] sequence = rows.stream().map(row -> row.getLong("seq")).toArray(Long[]::new);
        return connection
                .preparedQuery("update outbox_event set published_at = now() where seq = any($1)")
                .execute(Tuple.of(sequence))
                .map(result -> rows.size());
    }

    private Uni<Void> housekeeping(SqlConnection connection) {
        OffsetDateTime cutoff = OffsetDateTime.now(ZoneOffset.UTC).minus(config.retention());
        return connection
                .preparedQuery("delete from outbox_event where published_at < $1")
                .execute(Tuple.of(cutoff))
                .replaceWithVoid();
    }

    private static ProducerRecord<String, String> record(Row row) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
        header(headers, CloudEventHeaders.ID, row.getUUID("id").toString());
        header(headers, CloudEventHeaders.TYPE, row.getString("type"));
        header(headers, CloudEventHeaders.SOURCE, row.getString("source"));
        header(
                headers,
                CloudEventHeaders.TIME,
                row.getOffsetDateTime("created_at").toInstant().toString());
        header(headers, CloudEventHeaders.SUBJECT, row.getString("subject"));
        header(headers, CloudEventHeaders.CONTENT_TYPE, "application/json");
        return new ProducerRecord<>(
                row.getString("topic"), null, row.getString("record_key"), row.getString("payload"), headers);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        if (value != null) {
            headers.add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
