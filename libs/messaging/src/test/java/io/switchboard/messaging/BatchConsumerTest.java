package io.switchboard.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.events.CloudEventHeaders;
import io.switchboard.events.DirectoryTypes;
import io.switchboard.events.Topics;
import io.switchboard.messaging.consumer.EventConsumer;
import io.switchboard.testing.KafkaTestClient;
import io.switchboard.testing.PolledBatches;
import io.switchboard.testing.TestSql;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Batches through the consumer kit on the real PostgreSQL (and broker, for dead letters), exactly as polled. */
@QuarkusTest
class BatchConsumerTest {

    private final EventConsumer consumer;
    private final BatchLedgerHandler handler;
    private final Pool database;

    BatchConsumerTest(EventConsumer consumer, BatchLedgerHandler handler, Pool database) {
        this.consumer = consumer;
        this.handler = handler;
        this.database = database;
    }

    @Test
    void aBatchIsAppliedAtOnceWithACopyWithinItAndAnotherTypeSkipped() {
        String key = key();
        String ada = id();
        String grace = id();
        int before = handler.batches().size();

        consume(List.of(
                record(key, ada, LedgerConsumer.UPSERTED, "Ada"),
                record(key, grace, LedgerConsumer.UPSERTED, "Grace"),
                record(key, ada, LedgerConsumer.UPSERTED, "Ada"),
                record(key, id(), DirectoryTypes.PROFILE_DELETED, "Gone")));

        assertEquals(List.of("Ada", "Grace"), names(key));
        assertEquals(
                List.of(List.of(ada, grace)),
                handler.batches().subList(before, handler.batches().size()));
    }

    @Test
    void anEventClaimedInAnEarlierBatchIsSkipped() {
        String key = key();
        String ada = id();
        consume(List.of(record(key, ada, LedgerConsumer.UPSERTED, "Ada")));

        consume(List.of(
                record(key, ada, LedgerConsumer.UPSERTED, "Ada"), record(key, id(), LedgerConsumer.UPSERTED, "Joan")));

        assertEquals(List.of("Ada", "Joan"), names(key));
    }

    @Test
    void aFailureOfTheInfrastructureRetriesTheWholeBatchAndLeavesNoHalfOfIt() {
        String key = key();
        String first = id();
        String failing = id();

        consume(List.of(
                record(key, first, LedgerConsumer.UPSERTED, "Alan"),
                record(key, failing, LedgerConsumer.UPSERTED, BatchLedgerHandler.FAIL_ONCE),
                record(key, id(), LedgerConsumer.UPSERTED, "Grace")));

        assertEquals(List.of("Alan", BatchLedgerHandler.FAIL_ONCE, "Grace"), names(key));
        assertEquals(1, claims(first));
        assertEquals(1, claims(failing));
    }

    @Test
    void aBatchWithPoisonIsAppliedRecordByRecordAndOnlyThePoisonIsDeadLettered() {
        String key = key();
        String poison = id();

        consume(List.of(
                record(key, id(), LedgerConsumer.UPSERTED, "Alan"),
                record(key, poison, LedgerConsumer.UPSERTED, "A name longer than the ledger holds"),
                record(key, id(), LedgerConsumer.UPSERTED, "Grace")));

        assertEquals(List.of("Alan", "Grace"), names(key));
        assertEquals(0, claims(poison));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> deadLettered(poison));
    }

    private void consume(List<ConsumerRecord<String, String>> batch) {
        consumer.consumeAll(PolledBatches.of(Topics.PROFILES, batch), handler)
                .await()
                .atMost(Duration.ofSeconds(60));
    }

    private static ConsumerRecord<String, String> record(String key, String id, String type, String name) {
        return PolledBatches.record(Topics.PROFILES, key, id, type, "{\"name\":\"" + name + "\"}");
    }

    private List<String> names(String key) {
        List<String> names = new ArrayList<>();
        for (Row row : database.preparedQuery("select name from ledger where item_key = $1 order by seq")
                .execute(Tuple.of(BatchLedgerHandler.KEY_PREFIX + key))
                .await()
                .atMost(Duration.ofSeconds(10))) {
            names.add(row.getString("name"));
        }
        return names;
    }

    private long claims(String id) {
        return TestSql.number(
                database,
                "select count(*) from processed_event where consumer = 'BatchLedgerHandler'" + " and event_id = $1",
                id);
    }

    private static boolean deadLettered(String id) {
        return KafkaTestClient.readAll(Topics.dlq(Topics.PROFILES)).stream()
                .anyMatch(record -> id.equals(KafkaTestClient.header(record, CloudEventHeaders.ID)));
    }

    private static String key() {
        return "org:" + UUID.randomUUID();
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }
}
