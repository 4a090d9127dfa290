package io.switchboard.license;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import io.switchboard.events.ActivityTypes;
import io.switchboard.events.DirectoryTypes;
import io.switchboard.events.Topics;
import io.switchboard.testing.ConnectionServiceStandIn;
import io.switchboard.testing.KafkaTestClient;
import io.switchboard.testing.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.awaitility.Awaitility;

/** An organisation connected to a simulated Zoom account, as license-service learns of it from Kafka. */
record Licensing(String org, String account, UUID connection) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A new organisation, its connection to {@code account} announced on switchboard.connections. */
    static Licensing connectedTo(String account) {
        Licensing licensing = new Licensing("org-" + UUID.randomUUID(), account, UUID.randomUUID());
        ConnectionServiceStandIn.bind(licensing.connection(), account);
        licensing.connectionEvent("connection.established");
        return licensing;
    }

    /** A fresh simulated account id. */
    static String newAccount(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    void connectionEvent(String type) {
        KafkaTestClient.produceEvent(
                Topics.CONNECTIONS,
                connection.toString(),
                type,
                write(Map.of(
                        "orgId",
                        org,
                        "connectionId",
                        connection.toString(),
                        "zoomAccountId",
                        account,
                        "status",
                        "active")));
    }

    /** Publishes a Zoom user's record on switchboard.zoom-users as user-mapping-service would. */
    void zoomUser(String zoomUserId, Map<String, Object> user) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("orgId", org);
        record.put("connectionId", connection.toString());
        record.put("zoomAccountId", account);
        record.put("zoomUserId", zoomUserId);
        record.put("email", user.get("email"));
        record.put("aliases", List.of());
        record.put("status", user.getOrDefault("status", "active"));
        record.put("user", user);
        KafkaTestClient.produceEvent(
                Topics.ZOOM_USERS, key(zoomUserId), DirectoryTypes.ZOOM_USER_UPSERTED, write(record));
    }

    /** A Zoom user record (Zoom's field names) of licence {@code type}, created {@code created}. */
    static Map<String, Object> user(String id, String email, int type, Instant created, Instant lastLogin) {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("id", id);
        user.put("email", email);
        user.put("first_name", "First");
        user.put("last_name", id);
        user.put("type", type);
        user.put("role_id", "2");
        user.put("status", "active");
        user.put("created_at", created.toString());
        user.put("verified", 1);
        user.put("group_ids", List.of());
        if (lastLogin != null) {
            user.put("last_login_time", lastLogin.toString());
            user.put("last_client_version", "6.0.0");
        }
        return user;
    }

    void zoomUserRemoved(String zoomUserId) {
        KafkaTestClient.produce(
                Topics.ZOOM_USERS,
                key(zoomUserId),
                null,
                Map.of(
                        io.switchboard.events.CloudEventHeaders.ID,
                        UUID.randomUUID().toString(),
                        io.switchboard.events.CloudEventHeaders.TYPE,
                        DirectoryTypes.ZOOM_USER_REMOVED,
                        io.switchboard.events.CloudEventHeaders.SOURCE,
                        "/test",
                        io.switchboard.events.CloudEventHeaders.SPEC_VERSION,
                        io.switchboard.events.CloudEventHeaders.SPEC_VERSION_VALUE));
    }

    void mapped(String zoomUserId, String profileId) {
        KafkaTestClient.produceEvent(
                Topics.MAPPINGS,
                key(zoomUserId),
                DirectoryTypes.MAPPING_CHANGED,
                write(Map.of(
                        "orgId",
                        org,
                        "connectionId",
                        connection.toString(),
                        "profileId",
                        profileId,
                        "zoomUserId",
                        zoomUserId,
                        "enabled",
                        true,
                        "source",
                        "auto")));
    }

    /** activity-service recorded that {@code zoomUserId} (mapped to {@code profileId}) hosted a meeting. */
    RecordMetadata hosted(String zoomUserId, String profileId, Instant startedAt) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("activityId", UUID.randomUUID().toString());
        entry.put("orgId", org);
        entry.put("profileId", profileId);
        entry.put("connectionId", connection.toString());
        entry.put("zoomUserId", zoomUserId);
        entry.put("type", "meeting");
        entry.put("role", "hosted");
        entry.put("startedAt", startedAt.toString());
        entry.put("removed", false);
        return KafkaTestClient.produceEvent(
                Topics.ACTIVITIES, org + ":" + profileId, ActivityTypes.RECORDED, write(entry));
    }

    /** Zoom's user.signed_in webhook as ingest publishes it. */
    void signedIn(String zoomUserId, Instant at, String version) {
        Map<String, Object> object = Map.of("id", zoomUserId, "date_time", at.toString(), "version", version);
        KafkaTestClient.produceEvent(
                Topics.ZOOM_USER,
                account + ":" + zoomUserId,
                "user.signed_in",
                write(Map.of(
                        "event",
                        "user.signed_in",
                        "event_ts",
                        at.toEpochMilli(),
                        "payload",
                        Map.of("account_id", account, "object", object))));
    }

    String key(String zoomUserId) {
        return connection + ":" + zoomUserId;
    }

    String path(String rest) {
        return "/orgs/" + org + "/connections/" + connection + rest;
    }

    /** GET of {@code rest} under the connection, as an admin of the org; 200 expected. */
    JsonPath read(String rest) {
        return given().auth()
                .oauth2(TestTokens.admin(org))
                .when()
                .get(path(rest))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The connection's Zoom user as the listing shows it, or null. */
    Map<String, Object> account(String zoomUserId) {
        List<Map<String, Object>> items = read("/zoom-accounts?limit=500").getList("items");
        return items.stream()
                .filter(item -> zoomUserId.equals(item.get("zoomUserId")))
                .findFirst()
                .orElse(null);
    }

    /** Waits until the connection is known (its summary answers). */
    Licensing awaitKnown() {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> given().auth()
                                .oauth2(TestTokens.admin(org))
                                .get(path("/licenses/summary"))
                                .statusCode()
                        == 200);
        return this;
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
