package io.switchboard.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.events.CloudEventHeaders;
import io.switchboard.events.Topics;
import io.switchboard.testing.KafkaTestClient;
import io.switchboard.testing.SharedInfrastructure;
import io.switchboard.testing.TestSql;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The consumer kit on the real broker and PostgreSQL: what is applied once, retried, skipped or dead-lettered. */
@QuarkusTest
class EventConsumerTest {

    private final Pool database;
    private final MeterRegistry registry;

    EventConsumerTest(Pool database, MeterRegistry registry) {
        this.database = database;
        this.registry = registry;
    }

    @Test
    void aRedeliveredEventIsAppliedOnce() {
        String key = key();
        String id = UUID.randomUUID().toString();
        send(key, id, LedgerConsumer.UPSERTED, "{\"name\":\"Ada\"}");
        send(key, id, LedgerConsumer.UPSERTED, "{\"name\":\"Ada\"}");
        String after = send(key, UUID.randomUUID().toString(), LedgerConsumer.UPSERTED, "{\"name\":\"Grace\"}");

        awaitApplied(after);
        assertEquals(List.of("Ada", "Grace"), names(key));
    }

    @Test
    void twoConsumersOfOneTopicInOneServiceEachApplyAnEventOnce() {
        String key = key();
        String id = send(key, UUID.randomUUID().toString(), LedgerConsumer.UPSERTED, "{\"name\":\"Alan\"}");
        send(key, id, LedgerConsumer.UPSERTED, "{\"name\":\"Alan\"}");

        awaitApplied(id);
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> names(AuditConsumer.KEY_PREFIX + key).size() == 1);
        assertEquals(List.of("Alan"), names(key));
        assertEquals(List.of("Alan"), names(AuditConsumer.KEY_PREFIX + key));
    }

    @Test
    void aRecordThatIsNotJsonIsDeadLetteredWithItsOriginAndTheNextRecordIsApplied() {
        String key = key();
        String poison = UUID.randomUUID().toString();
        RecordMetadata where =
                KafkaTestClient.produce(Topics.PROFILES, key, "{not json", headers(poison, LedgerConsumer.UPSERTED));
        String next = send(key, UUID.randomUUID().toString(), LedgerConsumer.UPSERTED, "{\"name\":\"Linus\"}");

        awaitApplied(next);
        ConsumerRecord<String, String> dead = awaitDeadLetter(poison);
        assertEquals(key, dead.key());
        assertEquals("{not json", dead.value());
        assertEquals(Topics.PROFILES, KafkaTestClient.header(dead, CloudEventHeaders.DLQ_TOPIC));
        assertEquals(
                Integer.toString(where.partition()), KafkaTestClient.header(dead, CloudEventHeaders.DLQ_PARTITION));
        assertEquals(Long.toString(where.offset()), KafkaTestClient.header(dead, CloudEventHeaders.DLQ_OFFSET));
        assertEquals("messaging-test", KafkaTestClient.header(dead, CloudEventHeaders.DLQ_CONSUMER_GROUP));
        assertTrue(KafkaTestClient.header(dead, CloudEventHeaders.DLQ_REASON).contains("not JSON"));
        assertEquals(List.of("Linus"), names(key));
    }

    @Test
    void aRecordOfATypeItsTopicDoesNotCarryIsDeadLettered() {
        String key = key();
        String stray = send(key, UUID.randomUUID().toString(), "meeting.started", "{\"name\":\"Stray\"}");
        awaitDeadLetter(stray);
        assertEquals(List.of(), names(key));
    }

    @Test
    void aValueTheDatabaseRefusesIsDeadLetteredInsteadOfRetriedForever() {
        String key = key();
        String tooLong = send(
                key, UUID.randomUUID().toString(), LedgerConsumer.UPSERTED, "{\"name\":\"" + "x".repeat(40) + "\"}");
        String next = send(key, UUID.randomUUID().toString(), LedgerConsumer.UPSERTED, "{\"name\":\"Barbara\"}");

        awaitApplied(next);
        assertTrue(KafkaTestClient.header(awaitDeadLetter(tooLong), CloudEventHeaders.DLQ_EXCEPTION) != null);
        assertEquals(List.of("Barbara"), names(key));
    }

    @Test
    void aTypeTheConsumerDoesNotActOnIsSkippedWithoutADeadLetter() {
        String key = key();
        String skipped = send(key, UUID.randomUUID().toString(), "profile.deleted", "{}");
        String next = send(key, UUID.randomUUID().toString(), LedgerConsumer.UPSERTED, "{\"name\":\"Edsger\"}");

        awaitApplied(next);
        assertEquals(List.of("Edsger"), names(key));
        assertFalse(deadLettered(skipped));
    }

    @Test
    void eventsThatArriveWhilePostgresIsDownAreRetriedAndAppliedInOrderOnceItIsBack() {
        String key = key();
        List<String> ids = new ArrayList<>();
        double retriesBefore = retries();
        SharedInfrastructure.withPostgresStopped(() -> {
            ids.add(send(key, UUID.randomUUID().toString(), LedgerConsumer.UPSERTED, "{\"name\":\"first\"}"));
            ids.add(send(key, UUID.randomUUID().toString(), LedgerConsumer.UPSERTED, "{\"name\":\"second\"}"));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> retries() >= retriesBefore + 3);
        });

        awaitApplied(ids.get(1));
        assertEquals(List.of("first", "second"), names(key));
        assertFalse(deadLettered(ids.get(0)));
        assertFalse(deadLettered(ids.get(1)));
    }

    private double retries() {
        return registry.find("switchboard.consumer.retries").counters().stream()
                .mapToDouble(counter -> counter.count())
                .sum();
    }

    private static String key() {
        return "org:" + UUID.randomUUID();
    }

    private static String send(String key, String id, String type, String value) {
        KafkaTestClient.produce(Topics.PROFILES, key, value, headers(id, type));
        return id;
    }

    private static Map<String, String> headers(String id, String type) {
        return Map.of(CloudEventHeaders.ID, id, CloudEventHeaders.TYPE, type);
    }

    @Test
    void anSqlEffectAndItsClaimCommitTogetherSoThatAFailedAttemptLeavesNothing() {
        String key = key();
        String id = send(key, UUID.randomUUID().toString(), LedgerConsumer.UPSERTED, "{\"name\":\"FailOnce\"}");
        send(key, id, LedgerConsumer.UPSERTED, "{\"name\":\"FailOnce\"}");
        String after = send(key, UUID.randomUUID().toString(), LedgerConsumer.UPSERTED, "{\"name\":\"Joan\"}");

        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> names(SqlLedgerConsumer.KEY_PREFIX + key).contains("Joan"));
        assertEquals(List.of("FailOnce", "Joan"), names(SqlLedgerConsumer.KEY_PREFIX + key));
        assertEquals(
                1,
                count(
                        "select count(*) from processed_event where consumer = 'SqlLedgerConsumer' and event_id = $1",
                        id));
        assertEquals(
                1,
                count(
                        "select count(*) from processed_event where consumer = 'SqlLedgerConsumer' and event_id = $1",
                        after));
    }

    /** Waits until {@link LedgerConsumer} (not the audit consumer) has applied event {@code id}. */
    private void awaitApplied(String id) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> count(
                                "select count(*) from ledger where event_id = $1"
                                        + " and item_key not like 'audit:%' and item_key not like 'sql:%'",
                                id)
                        > 0);
    }

    private List<String> names(String key) {
        List<String> names = new ArrayList<>();
        for (Row row : database.preparedQuery("select name from ledger where item_key = $1 order by seq")
                .execute(Tuple.of(key))
                .await()
                .atMost(Duration.ofSeconds(10))) {
            names.add(row.getString("name"));
        }
        return names;
    }

    private long count(String sql, String parameter) {
        return TestSql.number(database, sql, parameter);
    }

    private static ConsumerRecord<String, String> awaitDeadLetter(String id) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> deadLetter(id), record -> record != null);
    }

    private static boolean deadLettered(String id) {
        return deadLetter(id) != null;
    }

    private static ConsumerRecord<String, String> deadLetter(String id) {
        return KafkaTestClient.readAll(Topics.dlq(Topics.PROFILES)).stream()
                .filter(record -> id.equals(KafkaTestClient.header(record, CloudEventHeaders.ID)))
                .findFirst()
                .orElse(null);
    }
}
