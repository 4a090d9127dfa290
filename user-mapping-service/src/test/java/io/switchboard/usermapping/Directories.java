package io.switchboard.usermapping;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.switchboard.events.Topics;
import io.switchboard.testing.ConnectionServiceStandIn;
import io.switchboard.testing.KafkaTestClient;
import io.switchboard.testing.SimulatorControl;
import io.switchboard.testing.TestSql;
import io.switchboard.testing.TestTokens;
import io.vertx.mutiny.sqlclient.Pool;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;

/** Connections of the tests: a simulated Zoom account per connection, announced on switchboard.connections. */
final class Directories {

    private Directories() {}

    /** The simulated Zoom account behind a connection, or null. */
    static String accountOf(UUID connectionId) {
        return ConnectionServiceStandIn.accountOf(connectionId);
    }

    /** A new connection of {@code org} to a fresh Zoom account; not announced yet. */
    static UUID newConnection(String account) {
        UUID connection = UUID.randomUUID();
        ConnectionServiceStandIn.bind(connection, account);
        return connection;
    }

    /** Announces a connection event as connection-service would. */
    static void announce(String type, String org, UUID connection) {
        String body = "{\"orgId\":\"" + org + "\",\"connectionId\":\"" + connection + "\",\"zoomAccountId\":\""
                + accountOf(connection) + "\",\"type\":\"oauth\",\"status\":\"active\"}";
        KafkaTestClient.produceEvent(Topics.CONNECTIONS, connection.toString(), type, body);
    }

    /**
     * Connects {@code connection} with Zoom answering every request after {@code latencyMs} and waits until its import
     * runs and has stored its first page: an import caught mid-way.
     */
    static void startSlowImport(Pool database, String org, UUID connection, int latencyMs) {
        SimulatorControl.faults(Map.of("latencyMs", latencyMs));
        announce("connection.established", org, connection);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> TestSql.number(
                                database,
                                "select count(*) from import_run where connection_id = $1 and state = 'running'"
                                        + " and pages >= 1",
                                connection)
                        == 1);
    }

    /** Announces {@code connection.established} and waits for the import it starts to end; the run. */
    static JsonPath connectAndImport(String org, UUID connection) {
        announce("connection.established", org, connection);
        return awaitImport(org, connection, 1);
    }

    /** Waits until the connection has {@code runs} finished runs; the latest. */
    static JsonPath awaitImport(String org, UUID connection, int runs) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> finishedRuns(org, connection) >= runs);
        return importRun(org, connection);
    }

    /** The latest run's state, or null while the connection has none (or is not known yet). */
    static String state(String org, UUID connection) {
        var response = given().auth()
                .oauth2(TestTokens.member(org))
                .when()
                .get("/orgs/{org}/connections/{id}/import", org, connection);
        return response.statusCode() == 200 ? response.jsonPath().getString("state") : null;
    }

    static JsonPath importRun(String org, UUID connection) {
        return given().auth()
                .oauth2(TestTokens.member(org))
                .when()
                .get("/orgs/{org}/connections/{id}/import", org, connection)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** How many Zoom users the connection's directory holds now (the match report's total). */
    static int total(String org, UUID connection) {
        return given().auth()
                .oauth2(TestTokens.member(org))
                .when()
                .get("/orgs/{org}/connections/{id}/match-report", org, connection)
                .then()
                .statusCode(200)
                .extract()
                .path("total");
    }

    private static long finishedRuns(String org, UUID connection) {
        var response = given().auth()
                .oauth2(TestTokens.member(org))
                .when()
                .get("/orgs/{org}/connections/{id}/import/history", org, connection);
        if (response.statusCode() != 200) {
            return 0;
        }
        List<String> states = response.jsonPath().getList("state");
        return states.stream()
                .filter(s -> s.equals("completed") || s.equals("failed"))
                .count();
    }

    /** The latest record of every key of a compacted topic that belongs to the connection (null for a tombstone). */
    static Map<String, String> latest(String topic, UUID connection) {
        Map<String, String> latest = new java.util.LinkedHashMap<>();
        for (ConsumerRecord<String, String> record : KafkaTestClient.readAll(topic)) {
            if (record.key() != null && record.key().startsWith(connection + ":")) {
                latest.put(record.key().substring(connection.toString().length() + 1), record.value());
            }
        }
        return latest;
    }

    /** Publishes one of Zoom's user webhooks on {@code zoom.user}, as ingest would. */
    static void zoomUserEvent(String account, String zoomUserId, String type, long eventTs, String object) {
        String body = "{\"event\":\"" + type + "\",\"event_ts\":" + eventTs + ",\"payload\":{\"account_id\":\""
                + account + "\",\"object\":" + object + "}}";
        KafkaTestClient.produceEvent(Topics.ZOOM_USER, account + ":" + zoomUserId, type, body);
    }
}
