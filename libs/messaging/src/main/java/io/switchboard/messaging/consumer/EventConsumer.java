package io.switchboard.messaging.consumer;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.switchboard.messaging.OutboxRelay;
import io.switchboard.messaging.ProcessedEvents;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/**
 * The idempotent consumer every service builds on. For each record: read the CloudEvents envelope; claim its
 * {@code ce_id} and apply the effect in one transaction (a redelivery finds the claim and changes nothing); retry a
 * failure of the infrastructure with back-off until it succeeds; dead-letter only a record that can never succeed
 * ({@link Failures}). A consumer is a class of its effect ({@link EventHandler}) with one line per channel:
 *
 * <pre>{@code
 * @Incoming("zoom-app")
 * public Uni<Void> consume(ConsumerRecord<String, String> record) {
 *     return consumer.consume(record, this);
 * }
 * }</pre>
 *
 * <p>A busy channel consumes polled batches instead ({@link #consumeAll}, {@link BatchSqlEventHandler}). Once an event
 * is applied the outbox relay is woken, so that what the effect appended is published at once rather than after the
 * relay's pause.
 *
 * <p>Records of a channel are processed one at a time, so while one is retried nothing after it is applied, on any
 * of the channel's partitions in this instance: the connector stops fetching once its queue is full (its partitions
 * are paused, the group membership kept).
 */
@ApplicationScoped
public class EventConsumer {

    private final Pool database;
    private final ProcessedEvents processed;
    private final DeadLetters deadLetters;
    private final ConsumerMetrics metrics;
    private final EventConsumerConfig config;
    private final OutboxRelay relay;

    public EventConsumer(
            Pool database,
            ProcessedEvents processed,
            DeadLetters deadLetters,
            ConsumerMetrics metrics,
            EventConsumerConfig config,
            OutboxRelay relay) {
        this.database = database;
        this.processed = processed;
        this.deadLetters = deadLetters;
        this.metrics = metrics;
        this.config = config;
        this.relay = relay;
    }

    /** Processes {@code record} with {@code handler}; completes once the record is applied, skipped or dead-lettered. */
    public Uni<Void> consume(ConsumerRecord<String, String> record, EventHandler handler) {
        return consume(record, currentContext(), () -> process(record, handler));
    }

    /**
     * Processes {@code record} with {@code handler}, whose effect, outbox appends and the event's claim share one
     * connection and one transaction; completes once the record is applied, skipped or dead-lettered.
     */
    public Uni<Void> consume(ConsumerRecord<String, String> record, SqlEventHandler handler) {
        return consume(record, currentContext(), () -> process(record, handler));
    }

    /**
     * Processes a polled batch with {@code handler}: the claims of its events and their effect in one transaction,
     * retried as a whole after a failure of the infrastructure. A batch with poison in it is processed again record
     * by record ({@link #consume(ConsumerRecord, SqlEventHandler)}), so that only the poison is dead-lettered;
     * completes once every record is applied, skipped or dead-lettered.
     */
    public Uni<Void> consumeAll(ConsumerRecords<String, String> polled, BatchSqlEventHandler handler) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>(polled.count());
        polled.forEach(records::add);
        if (records.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Executor here = currentContext();
        return untilDone(records.get(0), here, () -> processAll(records, handler))
                .invoke(outcomes -> {
                    for (int i = 0; i < records.size(); i++) {
                        metrics.record(records.get(i).topic(), outcomes.get(i));
                    }
                    if (outcomes.contains(Outcome.APPLIED)) {
                        relay.wake();
                    }
                })
                .replaceWithVoid()
                .onFailure()
                .recoverWithUni(poison -> Multi.createFrom()
                        .iterable(records)
                        .onItem()
                        .transformToUniAndConcatenate(record -> consume(record, here, () -> process(record, handler)))
                        .collect()
                        .last());
    }

    private Uni<Void> consume(ConsumerRecord<String, String> record, Executor here, Supplier<Uni<Outcome>> attempt) {
        return untilDone(record, here, attempt)
                .onFailure()
                .recoverWithUni(poison -> deadLetter(record, poison, here))
                .invoke(outcome -> {
                    metrics.record(record.topic(), outcome);
                    if (outcome == Outcome.APPLIED) {
                        relay.wake();
                    }
                })
                .replaceWithVoid();
    }

    private Uni<Outcome> process(ConsumerRecord<String, String> record, EventHandler handler) {
        InboundEvent event = InboundEvent.of(record);
        if (!handler.handles(event.type())) {
            return Uni.createFrom().item(Outcome.IGNORED);
        }
        return Panache.withTransaction(() -> processed
                .claim(handler.consumerName(), event.id(), event.topic())
                .flatMap(first -> first ? handler.apply(event).replaceWith(Outcome.APPLIED) : duplicate()));
    }

    private Uni<Outcome> process(ConsumerRecord<String, String> record, SqlEventHandler handler) {
        InboundEvent event = InboundEvent.of(record);
        if (!handler.handles(event.type())) {
            return Uni.createFrom().item(Outcome.IGNORED);
        }
        return database.withTransaction(sql -> processed
                .claim(sql, handler.consumerName(), event.id(), event.topic())
                .flatMap(first -> first ? handler.apply(event, sql).replaceWith(Outcome.APPLIED) : duplicate()));
    }

    private Uni<List<Outcome>> processAll(List<ConsumerRecord<String, String>> records, BatchSqlEventHandler handler) {
        List<InboundEvent> events = records.stream().map(InboundEvent::of).toList();
        Map<String, InboundEvent> handled = new LinkedHashMap<>();
        events.stream()
                .filter(event -> handler.handles(event.type()))
                .forEach(event -> handled.putIfAbsent(event.id(), event));
        if (handled.isEmpty()) {
            return Uni.createFrom().item(outcomes(events, handler, handled, Set.of()));
        }
        List<InboundEvent> distinct = List.copyOf(handled.values());
        return database.withTransaction(sql -> processed
                        .claimAll(
                                sql,
                                handler.consumerName(),
                                distinct.stream().map(InboundEvent::id).toList(),
                                distinct.stream().map(InboundEvent::topic).toList())
                        .call(claimed -> applyFirsts(handler, distinct, claimed, sql)))
                .map(claimed -> outcomes(events, handler, handled, claimed));
    }

    private static Uni<Void> applyFirsts(
            BatchSqlEventHandler handler, List<InboundEvent> events, Set<String> claimed, SqlConnection sql) {
        List<InboundEvent> firsts =
                events.stream().filter(event -> claimed.contains(event.id())).toList();
        return firsts.isEmpty() ? Uni.createFrom().voidItem() : handler.applyAll(firsts, sql);
    }

    /** Each record's outcome: its event applied, claimed before (or earlier in the batch), or of another type. */
    private static List<Outcome> outcomes(
            List<InboundEvent> events, SqlEventHandler handler, Map<String, InboundEvent> firsts, Set<String> claimed) {
        return events.stream()
                .map(event -> {
                    if (!handler.handles(event.type())) {
                        return Outcome.IGNORED;
                    }
                    return firsts.get(event.id()) == event && claimed.contains(event.id())
                            ? Outcome.APPLIED
                            : Outcome.DUPLICATE;
                })
                .toList();
    }

    private Uni<Outcome> deadLetter(ConsumerRecord<String, String> record, Throwable poison, Executor here) {
        Log.warnf(
                "Dead-lettering %s-%d@%d: %s",
                record.topic(), record.partition(), record.offset(), poison.getMessage());
        return untilDone(record, here, () -> deadLetters.send(record, poison).replaceWith(Outcome.DEAD_LETTERED));
    }

    /**
     * Runs {@code attempt} on the caller's Vert.x context until it succeeds or fails with poison; every other
     * failure is counted, logged and tried again after a growing, jittered pause. Never gives up on its own.
     */
    private <T> Uni<T> untilDone(ConsumerRecord<String, String> record, Executor here, Supplier<Uni<T>> attempt) {
        return Uni.createFrom()
                .<T>deferred(attempt::get)
                .runSubscriptionOn(here)
                .onFailure(Failures::isRetryable)
                .invoke(failure -> retrying(record, failure))
                .onFailure(Failures::isRetryable)
                .retry()
                .withBackOff(config.retryInitialBackOff(), config.retryMaxBackOff())
                .withJitter(0.2)
                .indefinitely();
    }

    private void retrying(ConsumerRecord<String, String> record, Throwable failure) {
        metrics.retry(record.topic(), failure);
        Log.warnf(
                "Processing %s-%d@%d failed on the infrastructure, retrying: %s",
                record.topic(), record.partition(), record.offset(), failure.toString());
    }

    private static Uni<Outcome> duplicate() {
        return Uni.createFrom().item(Outcome.DUPLICATE);
    }

    /** Runs work on the calling Vert.x context (Hibernate Reactive needs it), or in place outside one. */
    private static Executor currentContext() {
        Context context = Vertx.currentContext();
        if (context == null) {
            return Runnable::run;
        }
        return task -> context.runOnContext(ignored -> task.run());
    }
}
