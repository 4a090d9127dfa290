package io.switchboard.connection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.connection.messaging.ConnectionEvents;
import io.switchboard.events.CloudEventHeaders;
import io.switchboard.events.Topics;
import io.switchboard.rest.problem.Problem;
import io.switchboard.testing.KafkaTestClient;
import io.switchboard.testing.TestTokens;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Events of switchboard.connections go through the transactional outbox and the service's relay publishes them (the
 * outbox's own rules are tested in libs/messaging).
 */
@QuarkusTest
class OutboxTest {

    private final Pool database;

    OutboxTest(Pool database) {
        this.database = database;
    }

    @Test
    void aSyncRequestReachesKafkaAsACloudEvent() {
        String org = "org-" + UUID.randomUUID();
        UUID connection = insertConnection(org, "active");

        String eventId = given().auth()
                .oauth2(TestTokens.admin(org))
                .when()
                .post("/orgs/{org}/connections/{id}/sync", org, connection)
                .then()
                .statusCode(202)
                .body("eventId", notNullValue())
                .extract()
                .path("eventId");

        ConsumerRecord<String, String> record = awaitEvent(eventId);
        assertEquals(connection.toString(), record.key());
        assertEquals(ConnectionEvents.SYNC_REQUESTED, KafkaTestClient.header(record, CloudEventHeaders.TYPE));
        assertEquals(ConnectionEvents.SOURCE, KafkaTestClient.header(record, CloudEventHeaders.SOURCE));
        assertTrue(record.value().contains("\"orgId\":\"" + org + "\""));
        assertTrue(record.value().contains("\"requestedBy\":\"admin@" + org + "\""));
    }

    @Test
    void aMemberCannotRequestASync() {
        String org = "org-" + UUID.randomUUID();
        UUID connection = insertConnection(org, "active");
        given().auth()
                .oauth2(TestTokens.member(org))
                .when()
                .post("/orgs/{org}/connections/{id}/sync", org, connection)
                .then()
                .statusCode(403)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void aConnectionThatIsNotActiveCannotSync() {
        String org = "org-" + UUID.randomUUID();
        UUID connection = insertConnection(org, "reauth_required");
        given().auth()
                .oauth2(TestTokens.admin(org))
                .when()
                .post("/orgs/{org}/connections/{id}/sync", org, connection)
                .then()
                .statusCode(409)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void everyCommittedEventIsPublishedExactlyOnce() {
        List<Tuple> rows = new ArrayList<>();
        for (int i = 0; i < 450; i++) {
            rows.add(Tuple.of(UUID.randomUUID(), "bulk-" + (i % 7), "{\"n\":" + i + "}"));
        }
        database.withTransaction(connection -> connection
                        .preparedQuery("insert into outbox_event (id, topic, record_key, type, source, payload)"
                                + " values ($1, 'switchboard.connections', $2, 'test.bulk', '/test', $3)")
                        .executeBatch(rows))
                .await()
                .atMost(Duration.ofSeconds(10));
        Set<String> ids = rows.stream().map(row -> row.getUUID(0).toString()).collect(Collectors.toSet());

        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> Set.copyOf(published(ids)).size() == ids.size());
        Map<String, Long> copies =
                published(ids).stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertFalse(copies.values().stream().anyMatch(count -> count > 1), "an event was published twice");
    }

    private static List<String> published(Set<String> ids) {
        return KafkaTestClient.readAll(Topics.CONNECTIONS).stream()
                .map(record -> KafkaTestClient.header(record, CloudEventHeaders.ID))
                .filter(ids::contains)
                .toList();
    }

    private static ConsumerRecord<String, String> awaitEvent(String eventId) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .until(
                        () -> KafkaTestClient.readAll(Topics.CONNECTIONS).stream()
                                .filter(r -> eventId.equals(KafkaTestClient.header(r, CloudEventHeaders.ID)))
                                .findFirst()
                                .orElse(null),
                        record -> record != null);
    }

    private UUID insertConnection(String org, String status) {
        UUID id = UUID.randomUUID();
        database.preparedQuery("insert into connection (id, org_id, type, status, zoom_account_id) values ($1, $2,"
                        + " 'oauth', $3, 'acc-outbox')")
                .execute(Tuple.of(id, org, status))
                .await()
                .atMost(Duration.ofSeconds(10));
        return id;
    }
}
