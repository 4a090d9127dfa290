package io.switchboard.connection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.events.CloudEventHeaders;
import io.switchboard.events.Topics;
import io.switchboard.testing.KafkaTestClient;
import io.switchboard.testing.TestTokens;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The service runs on the same real Kafka broker and PostgreSQL that every service's tests use. */
@QuarkusTest
class InfrastructureRoundTripTest {

    private final Pool database;

    InfrastructureRoundTripTest(Pool database) {
        this.database = database;
    }

    @Test
    void recordsRoundTripThroughTheRealBroker() {
        String key = "round-trip-" + UUID.randomUUID();
        KafkaTestClient.produce(Topics.CONNECTIONS, key, "{\"probe\":true}", Map.of(CloudEventHeaders.ID, key));

        var records = KafkaTestClient.consume(Topics.CONNECTIONS, Integer.MAX_VALUE, Duration.ofSeconds(5));

        var mine = records.stream().filter(r -> key.equals(r.key())).toList();
        assertEquals(1, mine.size());
        assertEquals("{\"probe\":true}", mine.get(0).value());
        assertEquals(key, KafkaTestClient.header(mine.get(0), CloudEventHeaders.ID));
    }

    @Test
    void rowsWrittenToPostgresAreServedThroughHibernateReactive() {
        String org = "org-" + UUID.randomUUID();
        UUID id = UUID.randomUUID();
        database.preparedQuery("insert into connection (id, org_id, type, status, zoom_account_id, granted_scopes)"
                        + " values ($1, $2, 'oauth', 'active', 'acc-1', $3)")
                .execute(Tuple.of(id, org, new String[] {"user:read:admin"}))
                .await()
                .atMost(Duration.ofSeconds(10));

        given().auth()
                .oauth2(TestTokens.member(org))
                .when()
                .get("/orgs/{org}/connections/{id}", org, id)
                .then()
                .statusCode(200)
                .body("id", is(id.toString()))
                .body("status", is("active"))
                .body("grantedScopes", hasItems("user:read:admin"));
    }

    @Test
    void readinessReportsKafkaAndPostgresUp() {
        // Other tests of this JVM take the database away for a moment; readiness comes back within seconds.
        Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .until(() -> given().when().get("/q/health/ready").statusCode() == 200);
        given().when()
                .get("/q/health/ready")
                .then()
                .log()
                .ifValidationFails()
                .statusCode(200)
                .body("status", is("UP"))
                .body(
                        "checks.name",
                        hasItems("Kafka connection health check", "Reactive PostgreSQL connections health check"));
    }

    @Test
    void metricsPublishTheConsumersLag() {
        String metrics = given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(metrics.contains("kafka_consumer_fetch_manager_records_lag_max"), "consumer lag is published");
    }
}
