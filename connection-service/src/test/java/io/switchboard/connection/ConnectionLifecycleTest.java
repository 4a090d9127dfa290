package io.switchboard.connection;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.switchboard.connection.crypto.TokenCipher;
import io.switchboard.connection.messaging.ConnectionEvents;
import io.switchboard.events.CloudEventHeaders;
import io.switchboard.events.Topics;
import io.switchboard.kafka.DeadLetterReplay;
import io.switchboard.rest.problem.Problem;
import io.switchboard.testing.KafkaTestClient;
import io.switchboard.testing.SharedInfrastructure;
import io.switchboard.testing.TestTokens;
import io.switchboard.testing.ZoomSamples;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Server-to-Server apps, removal, Zoom-side uninstalls and key rotation. */
@QuarkusTest
class ConnectionLifecycleTest {

    private final Pool database;

    ConnectionLifecycleTest(Pool database) {
        this.database = database;
    }

    @BeforeEach
    void resetZoom() {
        ZoomWireMock.server().resetAll();
    }

    @Test
    void connectsAServerToServerAppOnlyAfterZoomAcceptsItsCredentials() {
        String org = "org-" + UUID.randomUUID();
        String account = "acc-" + UUID.randomUUID();
        ZoomWireMock.server()
                .stubFor(post(urlPathEqualTo("/oauth/token"))
                        .withRequestBody(containing("grant_type=account_credentials"))
                        .withRequestBody(containing("account_id=" + account))
                        .willReturn(aResponse()
                                .withHeader("Content-Type", "application/json")
                                .withBody(
                                        "{\"access_token\":\"s2s-token\",\"token_type\":\"bearer\",\"expires_in\":3599,"
                                                + "\"scope\":\"user:read:admin\"}")));
        String id = given().auth()
                .oauth2(TestTokens.admin(org))
                .contentType(ContentType.JSON)
                .body(Map.of("accountId", account, "clientId", "s2s-client", "clientSecret", "s2s-secret"))
                .when()
                .post("/orgs/{org}/connections/zoom/server-to-server", org)
                .then()
                .statusCode(201)
                .extract()
                .path("connectionId");
        given().auth()
                .oauth2(TestTokens.service("license-service"))
                .when()
                .post("/internal/connections/{id}/access-token", id)
                .then()
                .statusCode(200)
                .body("accessToken", is("s2s-token"))
                .body("zoomAccountId", is(account));

        given().auth()
                .oauth2(TestTokens.admin(org))
                .contentType(ContentType.JSON)
                .body(Map.of("accountId", "acc-refused", "clientId", "s2s-client", "clientSecret", "wrong"))
                .when()
                .post("/orgs/{org}/connections/zoom/server-to-server", org)
                .then()
                .statusCode(422)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void removingAConnectionRevokesItErasesItsTokensAndTellsEveryService() {
        String org = "org-" + UUID.randomUUID();
        UUID connection = OAuthFlow.connect(org, "acc-" + UUID.randomUUID(), "at-remove", "rt-remove", 3599);
        ZoomWireMock.server()
                .stubFor(post(urlPathEqualTo("/oauth/revoke"))
                        .willReturn(aResponse().withStatus(200)));

        given().auth()
                .oauth2(TestTokens.member(org))
                .when()
                .delete("/orgs/{org}/connections/{id}", org, connection)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.admin("globex"))
                .when()
                .delete("/orgs/{org}/connections/{id}", org, connection)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.admin(org))
                .when()
                .delete("/orgs/{org}/connections/{id}", org, connection)
                .then()
                .statusCode(204);

        ZoomWireMock.server().verify(1, postRequestedFor(urlPathEqualTo("/oauth/revoke")));
        assertEquals(0L, secretRows(connection));
        OAuthFlow.assertStatus(org, connection, "removed");
        given().auth()
                .oauth2(TestTokens.service("activity-service"))
                .when()
                .post("/internal/connections/{id}/access-token", connection)
                .then()
                .statusCode(404);
        Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .until(() -> OAuthFlow.events(connection, ConnectionEvents.REMOVED) == 1);
    }

    @Test
    void zoomsAppDeauthorizedRemovesTheAccountsConnectionsOnceEvenWhenRedelivered() {
        String org = "org-" + UUID.randomUUID();
        String account = "acc-" + UUID.randomUUID();
        UUID connection = OAuthFlow.connect(org, account, "at-deauth", "rt-deauth", 3599);
        String uninstall = deauthorization(account);
        Map<String, String> headers =
                Map.of(CloudEventHeaders.ID, "deauth-" + UUID.randomUUID(), CloudEventHeaders.TYPE, "app_deauthorized");
        double duplicatesBefore = duplicates(Topics.ZOOM_APP);
        KafkaTestClient.produce(Topics.ZOOM_APP, account, uninstall, headers);
        KafkaTestClient.produce(Topics.ZOOM_APP, account, uninstall, headers);

        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> OAuthFlow.events(connection, ConnectionEvents.REMOVED) == 1);
        // Removal is idempotent anyway: what proves the dedupe is the second copy counted as a duplicate.
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> duplicates(Topics.ZOOM_APP) > duplicatesBefore);
        assertEquals(0L, secretRows(connection));
        OAuthFlow.assertStatus(org, connection, "removed");
    }

    @Test
    void anotherAppsUninstallLeavesTheConnectionActive() {
        String org = "org-" + UUID.randomUUID();
        String account = "acc-" + UUID.randomUUID();
        UUID connection = OAuthFlow.connect(org, account, "at-other-app", "rt-other-app", 3599);

        awaitApplied(account, deauthorization(account, "some-other-app", Instant.now()));

        OAuthFlow.assertStatus(org, connection, "active");
    }

    @Test
    void anUninstallOlderThanTheLatestAuthorisationLeavesTheConnectionActive() {
        String org = "org-" + UUID.randomUUID();
        String account = "acc-" + UUID.randomUUID();
        Instant uninstalled = Instant.now().minus(Duration.ofMinutes(30));
        UUID connection = OAuthFlow.connect(org, account, "at-reconnected", "rt-reconnected", 3599);

        // Zoom's retry of an uninstall from before the account connected again.
        awaitApplied(account, deauthorization(account, ZoomWireMock.CLIENT_ID, uninstalled));

        OAuthFlow.assertStatus(org, connection, "active");
    }

    /** Sends {@code body} to zoom.app and waits until the consumer has applied it. */
    private static void awaitApplied(String account, String body) {
        double appliedBefore = metric("switchboard_consumer_records_total{", Topics.ZOOM_APP, "outcome=\"applied\"");
        KafkaTestClient.produce(
                Topics.ZOOM_APP,
                account,
                body,
                Map.of(
                        CloudEventHeaders.ID,
                        "deauth-" + UUID.randomUUID(),
                        CloudEventHeaders.TYPE,
                        "app_deauthorized"));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> metric("switchboard_consumer_records_total{", Topics.ZOOM_APP, "outcome=\"applied\"")
                        > appliedBefore);
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheConsumerKeepsGoing() {
        String account = "acc-" + UUID.randomUUID();
        UUID connection = OAuthFlow.connect("org-" + UUID.randomUUID(), account, "at-after", "rt-after", 3599);
        String poisonId = "poison-" + UUID.randomUUID();
        KafkaTestClient.produce(
                Topics.ZOOM_APP,
                account,
                "{not json",
                Map.of(CloudEventHeaders.ID, poisonId, CloudEventHeaders.TYPE, "app_deauthorized"));
        deauthorize(account, "deauth-" + UUID.randomUUID());

        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> OAuthFlow.events(connection, ConnectionEvents.REMOVED) == 1);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> KafkaTestClient.readAll(Topics.dlq(Topics.ZOOM_APP)).stream()
                        .anyMatch(r -> poisonId.equals(KafkaTestClient.header(r, CloudEventHeaders.ID))));
    }

    @Test
    void anUninstallThatArrivesWhileTheDatabaseIsDownRemovesTheConnectionOnceItIsBack() {
        String org = "org-" + UUID.randomUUID();
        String account = "acc-" + UUID.randomUUID();
        UUID connection = OAuthFlow.connect(org, account, "at-outage", "rt-outage", 3599);
        String eventId = "deauth-" + UUID.randomUUID();

        double retriesBefore = retries(Topics.ZOOM_APP);
        SharedInfrastructure.withDatabaseUnavailable(() -> {
            deauthorize(account, eventId);
            Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> retries(Topics.ZOOM_APP) >= retriesBefore + 2);
        });

        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> OAuthFlow.events(connection, ConnectionEvents.REMOVED) == 1);
        assertEquals(0L, secretRows(connection));
        assertFalse(KafkaTestClient.readAll(Topics.dlq(Topics.ZOOM_APP)).stream()
                .anyMatch(r -> eventId.equals(KafkaTestClient.header(r, CloudEventHeaders.ID))));
    }

    @Test
    void aDeadLetterReplayedOnceItsCauseIsFixedIsAppliedAndReplayingItAgainChangesNothing() {
        String account = "acc-" + UUID.randomUUID();
        UUID connection = OAuthFlow.connect("org-" + UUID.randomUUID(), account, "at-replay", "rt-replay", 3599);
        String eventId = "deauth-" + UUID.randomUUID();
        // As if an earlier release had dead-lettered a good uninstall: it sits on zoom.app.dlq with its reason.
        KafkaTestClient.produce(
                Topics.dlq(Topics.ZOOM_APP),
                account,
                deauthorization(account),
                Map.of(
                        CloudEventHeaders.ID,
                        eventId,
                        CloudEventHeaders.TYPE,
                        "app_deauthorized",
                        CloudEventHeaders.DLQ_REASON,
                        "a bug, since fixed",
                        CloudEventHeaders.DLQ_TOPIC,
                        Topics.ZOOM_APP));
        DeadLetterReplay replay = new DeadLetterReplay(SharedInfrastructure.kafkaBootstrapServers());

        replay.replay(Topics.ZOOM_APP, false);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> OAuthFlow.events(connection, ConnectionEvents.REMOVED) == 1);
        double duplicatesBefore = duplicates(Topics.ZOOM_APP);
        replay.replay(Topics.ZOOM_APP, true); // everything again, this event included

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> duplicates(Topics.ZOOM_APP) > duplicatesBefore);
        assertEquals(1L, OAuthFlow.events(connection, ConnectionEvents.REMOVED));
    }

    /** The consumer's retries of records of {@code topic} so far, as /q/metrics shows them. */
    private static double retries(String topic) {
        return metric("switchboard_consumer_retries_total{", topic, "");
    }

    /** The records of {@code topic} the consumer skipped as redeliveries so far. */
    private static double duplicates(String topic) {
        return metric("switchboard_consumer_records_total{", topic, "outcome=\"duplicate\"");
    }

    /** The sum of the Prometheus series that start with {@code prefix}, are of {@code topic} and contain {@code tag}. */
    private static double metric(String prefix, String topic, String tag) {
        return given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString()
                .lines()
                .filter(line ->
                        line.startsWith(prefix) && line.contains("topic=\"" + topic + "\"") && line.contains(tag))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    /** Zoom's app_deauthorized for {@code account}: this service's OAuth app, uninstalled now. */
    private static String deauthorization(String account) {
        return deauthorization(account, ZoomWireMock.CLIENT_ID, Instant.now());
    }

    private static String deauthorization(String account, String clientId, Instant at) {
        return new String(ZoomSamples.webhook("app_deauthorized"), StandardCharsets.UTF_8)
                .replace("\"AAAAAABBBB\"", "\"" + account + "\"")
                .replace("\"ABCDEFGHIJKLMNOPQRST!V\"", "\"" + clientId + "\"")
                .replace("\"2020-06-17T13:52:28.632Z\"", "\"" + at + "\"");
    }

    private static void deauthorize(String account, String eventId) {
        KafkaTestClient.produce(
                Topics.ZOOM_APP,
                account,
                deauthorization(account),
                Map.of(CloudEventHeaders.ID, eventId, CloudEventHeaders.TYPE, "app_deauthorized"));
    }

    @Test
    void keyRotationReEncryptsEveryRowWhileOldRowsStayReadable() {
        UUID connection = OAuthFlow.connect(
                "org-" + UUID.randomUUID(), "acc-" + UUID.randomUUID(), "at-rotate", "rt-rotate", 3599);
        TokenCipher oldKey =
                TokenCipher.withKeyring(Map.of("test0", "ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8="), "test0");
        byte[] access = oldKey.seal("at-rotate", "connection:" + connection + ":access_token")
                .data();
        byte[] refresh = oldKey.seal("rt-rotate", "connection:" + connection + ":refresh_token")
                .data();
        database.preparedQuery("update connection_secret set key_id = 'test0', access_token = $2, refresh_token = $3"
                        + " where connection_id = $1")
                .execute(Tuple.of(
                        connection,
                        io.vertx.core.buffer.Buffer.buffer(access),
                        io.vertx.core.buffer.Buffer.buffer(refresh)))
                .await()
                .atMost(Duration.ofSeconds(10));

        String service = TestTokens.service("user-mapping-service");
        given().auth()
                .oauth2(service)
                .when()
                .post("/internal/connections/{id}/access-token", connection)
                .then()
                .statusCode(200)
                .body("accessToken", is("at-rotate"));
        given().auth()
                .oauth2(service)
                .when()
                .post("/internal/encryption/re-encrypt")
                .then()
                .statusCode(200);
        assertEquals("test1", keyOf(connection));
        given().auth()
                .oauth2(service)
                .when()
                .post("/internal/connections/{id}/access-token", connection)
                .then()
                .statusCode(200)
                .body("accessToken", is("at-rotate"));
        given().auth()
                .oauth2(TestTokens.admin("acme"))
                .when()
                .post("/internal/encryption/re-encrypt")
                .then()
                .statusCode(403);
    }

    @Test
    void everyOrganisationEndpointHidesAnotherOrganisationsConnection() {
        String org = "org-" + UUID.randomUUID();
        UUID connection = OAuthFlow.connect(org, "acc-" + UUID.randomUUID(), "at-x", "rt-x", 3599);
        String stranger = TestTokens.admin("org-" + UUID.randomUUID());
        given().auth()
                .oauth2(stranger)
                .when()
                .get("/orgs/{org}/connections/{id}", org, connection)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(stranger)
                .when()
                .get("/orgs/{org}/connections", org)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(stranger)
                .when()
                .post("/orgs/{org}/connections/{id}/sync", org, connection)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(stranger)
                .when()
                .delete("/orgs/{org}/connections/{id}", org, connection)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(stranger)
                .when()
                .post("/orgs/{org}/connections/zoom", org)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(stranger)
                .contentType(ContentType.JSON)
                .body(Map.of("accountId", "a", "clientId", "b", "clientSecret", "c"))
                .when()
                .post("/orgs/{org}/connections/zoom/server-to-server", org)
                .then()
                .statusCode(404);
    }

    private long secretRows(UUID connection) {
        return secretColumn("count(*)", connection).getLong(0);
    }

    private String keyOf(UUID connection) {
        return secretColumn("key_id", connection).getString(0);
    }

    private io.vertx.mutiny.sqlclient.Row secretColumn(String column, UUID connection) {
        return database.preparedQuery("select " + column + " from connection_secret where connection_id = $1")
                .execute(Tuple.of(connection))
                .await()
                .atMost(Duration.ofSeconds(10))
                .iterator()
                .next();
    }
}
