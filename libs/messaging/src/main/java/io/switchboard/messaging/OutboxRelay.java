package io.switchboard.messaging;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.switchboard.kafka.RecordSender;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Publishes the outbox to Kafka keeping each key's order, with any number of replicas and through partial
 * failures.
 *
 * <ul>
 *   <li>A lane (all events of a set of keys, see {@link OutboxRows}) is published by one relay at a time: the one
 *       that holds its advisory lock for the transaction of the round (one transaction for all its lanes).
 *   <li>Within a round, the events of one key are sent one after another, each only once the broker acknowledged
 *       the one before; different keys go concurrently. A failed send ends its key's chain for the round, so no
 *       later event of that key is ever in Kafka before an earlier one.
 *   <li>The acknowledged rows are marked published in the same transaction, which then commits and releases the
 *       lane. A crash in between re-sends them next round: a duplicate in order, dropped by consumers by
 *       {@code ce_id}.
 * </ul>
 *
 * Nothing here blocks a thread: the producer never waits for buffer space or metadata ({@link
 * io.switchboard.kafka.DurableProducer}); a send that cannot be made fails and is tried again next round.
 */
@ApplicationScoped
public class OutboxRelay {

    private final Pool database;
    private final OutboxConfig config;
    private final RecordSender sender;
    private final AtomicBoolean running = new AtomicBoolean();
    private final RoundScheduler scheduler;

    public OutboxRelay(Pool database, Vertx vertx, OutboxConfig config, RecordSender sender) {
        this.database = database;
        this.config = config;
        this.sender = sender;
        this.scheduler = new RoundScheduler(vertx, this::round);
    }

    /** What one round did. */
    public record Round(int published, int stalledKeys, boolean full) {}

    void start(@Observes StartupEvent startup) {
        if (config.enabled() && running.compareAndSet(false, true)) {
            scheduler.after(config.interval(), false);
        }
    }

    void stop(@Observes ShutdownEvent shutdown) {
        running.set(false);
        scheduler.stop();
    }

    /**
     * Events were just committed: publish them now rather than after the pause between rounds (which is for an empty
     * outbox), unless the relay is backing off from a failure.
     */
    public void wake() {
        scheduler.wake();
    }

    private void round() {
        publishRound()
                .subscribe()
                .with(round -> scheduler.after(nextDelay(round), round.stalledKeys() > 0), this::roundFailed);
    }

    private Duration nextDelay(Round round) {
        if (round.stalledKeys() > 0) {
            return config.interval().multipliedBy(5);
        }
        return round.full() ? Duration.ZERO : config.interval();
    }

    private void roundFailed(Throwable failure) {
        if (!running.get()) {
            // Shutting down: the pool closed under the round. The events stay in the outbox for the next start.
            Log.debugf("Outbox round ended by shutdown: %s", failure);
            return;
        }
        Log.warnf("Outbox round failed, retrying: %s", failure.toString());
        scheduler.after(config.interval().multipliedBy(5), true);
    }

    /**
     * One round, in one transaction: takes up to {@code lanes-at-once} lanes with work that no other relay holds,
     * starting at a lane of its own so that relays spread over the lanes, and publishes their oldest events (up to
     * {@code batch-size} a lane). One transaction a round rather than one a lane: a lane's transaction cost five
     * statements however few its events, and under load most rounds carry a few events in each of many lanes.
     */
    public Uni<Round> publishRound() {
        int first = ThreadLocalRandom.current().nextInt(OutboxRows.LANES);
        return database.withTransaction(connection -> OutboxRows.lockLanesWithWork(
                        connection, first, config.lanesAtOnce())
                .flatMap(lanes -> lanes.isEmpty()
                        ? Uni.createFrom().item(new Round(0, 0, false))
                        : publishLocked(connection, lanes)));
    }

    private Uni<Round> publishLocked(SqlConnection connection, List<Integer> lanes) {
        int limit = config.batchSize() * lanes.size();
        return OutboxRows.oldest(connection, lanes, limit, Math.max(1, config.batchSize() / 4))
                .flatMap(rows -> sendInKeyOrder(rows)
                        .flatMap(chains -> markPublished(
                                connection,
                                lanes,
                                chains,
                                // Full: more may wait, in these lanes or in lanes this round did not take.
                                rows.size() == limit || lanes.size() == config.lanesAtOnce())));
    }

    private Uni<Round> markPublished(SqlConnection connection, List<Integer> lanes, List<Chain> chains, boolean full) {
        List<Long> acknowledged = new ArrayList<>();
        chains.forEach(chain -> acknowledged.addAll(chain.acknowledged()));
        List<Chain> stalledChains = chains.stream().filter(Chain::stalled).toList();
        int stalled = stalledChains.size();
        if (stalled > 0) {
            // One line a round, not one a key: a broker that is away would otherwise log every key of the batch.
            Chain first = stalledChains.get(0);
            Log.warnf(
                    "Outbox: %d of %d keys of lanes %s could not be sent and wait for the next round; first failure,"
                            + " on %s: %s",
                    stalled, chains.size(), lanes, first.topic(), first.failure());
        }
        return OutboxRows.markPublished(connection, acknowledged).map(published -> new Round(published, stalled, full));
    }

    /** Sends each key's rows as a chain (one at a time, in order); the chains of different keys run concurrently. */
    private Uni<List<Chain>> sendInKeyOrder(List<OutboxRow> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Map<String, List<OutboxRow>> byKey = new LinkedHashMap<>();
        rows.forEach(row -> byKey.computeIfAbsent(row.orderingKey(), key -> new ArrayList<>())
                .add(row));
        List<Uni<Chain>> chains = byKey.values().stream().map(this::sendChain).toList();
        return Uni.join().all(chains).andFailFast();
    }

    /** Sends {@code rows} of one key in order, stopping at the first failure; never fails itself. */
    private Uni<Chain> sendChain(List<OutboxRow> rows) {
        List<Long> acknowledged = new ArrayList<>();
        return Multi.createFrom()
                .iterable(rows)
                .onItem()
                .transformToUniAndConcatenate(
                        row -> sender.send(row.toRecord()).invoke(ack -> acknowledged.add(row.seq())))
                .collect()
                .last()
                .map(ignored -> new Chain(rows.get(0).topic(), List.copyOf(acknowledged), null))
                .onFailure()
                .recoverWithItem(
                        failure -> new Chain(rows.get(0).topic(), List.copyOf(acknowledged), failure.toString()));
    }

    /** The sequence numbers a chain got acknowledged, and why it stopped before its end (null when it did not). */
    private record Chain(String topic, List<Long> acknowledged, String failure) {

        boolean stalled() {
            return failure != null;
        }
    }
}
