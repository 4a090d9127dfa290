package io.switchboard.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.switchboard.events.CloudEventHeaders;
import io.switchboard.events.Topics;
import io.switchboard.kafka.DurableProducer;
import io.switchboard.kafka.RecordSender;
import io.switchboard.testing.KafkaTestClient;
import io.switchboard.testing.TestSql;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.junit.jupiter.api.Test;

/** The relay on the real broker and PostgreSQL: per-key order with several relays and failing sends. */
@QuarkusTest
class OutboxRelayTest {

    private static final String TOPIC = Topics.LICENSE_ACTIONS;

    private final Pool database;
    private final Vertx vertx;
    private final OutboxConfig config;
    private final DurableProducer producer;

    OutboxRelayTest(Pool database, Vertx vertx, OutboxConfig config, DurableProducer producer) {
        this.database = database;
        this.vertx = vertx;
        this.config = config;
        this.producer = producer;
    }

    @Test
    void twoRelaysWithFailingSendsPublishEveryKeysEventsInOrder() {
        String run = UUID.randomUUID().toString();
        Map<String, Integer> perKey = insert(run, 40, 30);
        FlakySender flakyA = new FlakySender(producer, 1, 0.08, 0.04);
        FlakySender flakyB = new FlakySender(producer, 2, 0.08, 0.04);
        OutboxRelay relayA = new OutboxRelay(database, vertx, config, flakyA);
        OutboxRelay relayB = new OutboxRelay(database, vertx, config, flakyB);

        CompletableFuture.allOf(untilEmpty(relayA, run), untilEmpty(relayB, run))
                .join();

        assertTrue(flakyA.injected() + flakyB.injected() > 20, "the test injected failures");
        Map<String, List<Integer>> firstSeen = firstOccurrences(run);
        assertEquals(perKey.keySet(), firstSeen.keySet());
        perKey.forEach((key, count) -> {
            List<Integer> expected = new ArrayList<>();
            for (int n = 0; n < count; n++) {
                expected.add(n);
            }
            assertEquals(expected, firstSeen.get(key), "events of " + key + " in the order a consumer applies them");
        });
    }

    @Test
    void withoutFailuresEveryEventIsPublishedExactlyOnce() {
        String run = UUID.randomUUID().toString();
        Map<String, Integer> perKey = insert(run, 15, 30);
        OutboxRelay relay = new OutboxRelay(database, vertx, config, producer);

        untilEmpty(relay, run).join();

        List<ConsumerRecord<String, String>> records = records(run);
        Set<String> ids = new HashSet<>();
        records.forEach(record -> ids.add(KafkaTestClient.header(record, CloudEventHeaders.ID)));
        int total = perKey.values().stream().mapToInt(Integer::intValue).sum();
        assertEquals(total, records.size(), "no event twice");
        assertEquals(total, ids.size());
    }

    @Test
    void aKeyWhoseSendsKeepFailingDoesNotHoldUpTheOtherKeysOfItsLane() {
        String run = UUID.randomUUID().toString();
        String stuck = run + ":stuck";
        insertFor(stuck, 100);
        Map<String, Integer> others = insert(run, 40, 3);
        RecordSender refusingStuck = record -> stuck.equals(record.key())
                ? Uni.createFrom().failure(new RecordTooLargeException("injected: never fits"))
                : producer.send(record);
        OutboxRelay relay = new OutboxRelay(database, vertx, config, refusingStuck);

        for (int round = 0; round < 50 && unpublished(run) > 100; round++) {
            relay.publishRound().await().atMost(Duration.ofSeconds(30));
        }

        assertEquals(100, unpublished(run), "only the stuck key's events are left");
        assertEquals(others.keySet(), firstOccurrences(run).keySet());
    }

    @Test
    void aLaneAnotherRelayHoldsIsLeftToItWhileEveryOtherLaneIsPublished() {
        String run = UUID.randomUUID().toString();
        insert(run, 40, 2);
        int held = (int)
                TestSql.number(database, "select lane from outbox_event where record_key = $1 limit 1", run + ":0");
        OutboxRelay relay = new OutboxRelay(database, vertx, settings(16), producer);

        SqlConnection other = database.getConnection().await().atMost(Duration.ofSeconds(10));
        Transaction holding = other.begin().await().atMost(Duration.ofSeconds(10));
        assertEquals(
                List.of(held),
                OutboxRows.lockLanesWithWork(other, held, 1).await().atMost(Duration.ofSeconds(10)));
        for (int round = 0; round < 20 && unpublishedOutside(run, held) > 0; round++) {
            relay.publishRound().await().atMost(Duration.ofSeconds(30));
        }
        long leftInHeldLane = unpublished(run);
        holding.rollback().chain(other::close).await().atMost(Duration.ofSeconds(10));

        assertEquals(0, unpublishedOutside(run, held), "every other lane is published");
        assertEquals(
                leftInHeldLane,
                TestSql.number(
                        database,
                        "select count(*) from outbox_event where record_key like $1 and lane = $2",
                        run + ":%",
                        held),
                "nothing of the held lane");
        untilEmpty(relay, run).join();
        assertEquals(0, unpublished(run), "published once the other relay let go");
    }

    @Test
    void aRoundTakesAtMostItsLanesAtOnceInOneTransaction() {
        String run = UUID.randomUUID().toString();
        // 200 keys: every lane has some (a lane has none once in about 400,000 runs).
        insert(run, 200, 1);
        List<String> sent = Collections.synchronizedList(new ArrayList<>());
        RecordSender recording = record -> {
            sent.add(record.topic() + "/" + record.key());
            return producer.send(record);
        };
        OutboxRelay relay = new OutboxRelay(database, vertx, settings(2), recording);

        OutboxRelay.Round round = relay.publishRound().await().atMost(Duration.ofSeconds(30));

        assertTrue(round.full(), "more lanes may wait: " + round);
        // Whatever the sends' outcome: every event the round tried is of one of its two lanes, and both had some.
        assertEquals(
                2,
                TestSql.number(
                        database, "select count(distinct hashtext(s) & 15) from unnest($1::text[]) as s", (Object)
                                sent.toArray(String[]::new)),
                "the lanes of the events the round sent: " + sent.size());
    }

    /**
     * The test's settings with {@code lanes} lanes a round, each round taking every waiting event of its lanes: the
     * events other tests leave unsent (to topics they never create) come first and must not fill the round.
     */
    private OutboxConfig settings(int lanes) {
        return new OutboxConfig() {
            @Override
            public Duration interval() {
                return config.interval();
            }

            @Override
            public int batchSize() {
                return 100_000;
            }

            @Override
            public int lanesAtOnce() {
                return lanes;
            }

            @Override
            public Duration retention() {
                return config.retention();
            }

            @Override
            public boolean enabled() {
                return false;
            }
        };
    }

    private long unpublishedOutside(String run, int lane) {
        return TestSql.number(
                database,
                "select count(*) from outbox_event where published_at is null and record_key like $1 and lane <> $2",
                run + ":%",
                lane);
    }

    private void insertFor(String key, int count) {
        List<Tuple> rows = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            rows.add(Tuple.of(UUID.randomUUID(), TOPIC, key, "{\"n\":" + n + "}"));
        }
        database.preparedQuery("insert into outbox_event (id, topic, record_key, type, source, payload)"
                        + " values ($1, $2, $3, 'license.test', '/test', $4)")
                .executeBatch(rows)
                .await()
                .atMost(Duration.ofSeconds(30));
    }

    /** Inserts {@code perKey} events for each of {@code keys} keys, interleaved; the count per key. */
    private Map<String, Integer> insert(String run, int keys, int perKey) {
        List<Tuple> rows = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int n = 0; n < perKey; n++) {
            for (int k = 0; k < keys; k++) {
                String key = run + ":" + k;
                rows.add(Tuple.of(UUID.randomUUID(), TOPIC, key, "{\"n\":" + n + "}"));
                counts.merge(key, 1, Integer::sum);
            }
        }
        database.withTransaction(connection -> connection
                        .preparedQuery("insert into outbox_event (id, topic, record_key, type, source, payload)"
                                + " values ($1, $2, $3, 'license.test', '/test', $4)")
                        .executeBatch(rows))
                .await()
                .atMost(Duration.ofSeconds(30));
        return counts;
    }

    /** Runs rounds of {@code relay} until no event of {@code run} is left unpublished. */
    private CompletableFuture<Void> untilEmpty(OutboxRelay relay, String run) {
        return CompletableFuture.runAsync(() -> {
            for (int round = 0; round < 2_000 && unpublished(run) > 0; round++) {
                relay.publishRound().await().atMost(Duration.ofSeconds(30));
            }
        });
    }

    private long unpublished(String run) {
        return TestSql.number(
                database,
                "select count(*) from outbox_event where published_at is null and record_key like $1",
                run + ":%");
    }

    private static List<ConsumerRecord<String, String>> records(String run) {
        return KafkaTestClient.readAll(TOPIC).stream()
                .filter(record -> record.key().startsWith(run + ":"))
                .toList();
    }

    /** Per key, the {@code n} of each event in the order a deduplicating consumer would first see it. */
    private static Map<String, List<Integer>> firstOccurrences(String run) {
        Map<String, List<Integer>> order = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (ConsumerRecord<String, String> record : records(run)) {
            if (seen.add(KafkaTestClient.header(record, CloudEventHeaders.ID))) {
                int n = Integer.parseInt(record.value().replaceAll("\\D", ""));
                order.computeIfAbsent(record.key(), key -> new ArrayList<>()).add(n);
            }
        }
        return order;
    }
}
