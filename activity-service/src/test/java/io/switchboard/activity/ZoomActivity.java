package io.switchboard.activity;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.switchboard.events.DirectoryTypes;
import io.switchboard.events.Topics;
import io.switchboard.testing.ConnectionServiceStandIn;
import io.switchboard.testing.KafkaTestClient;
import io.switchboard.testing.TestTokens;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the other services and Zoom put on Kafka, for these tests: connections and mappings as connection-service and
 * user-mapping-service publish them, and Zoom's meeting webhooks as ingest publishes them (shapes of
 * {@code zoom-samples/webhooks/meeting.*.json}).
 */
final class ZoomActivity {

    private ZoomActivity() {}

    /** One org connected to one Zoom account. */
    record Org(String org, String account, UUID connection) {

        static Org connected() {
            return connectedTo("ACCT" + UUID.randomUUID().toString().substring(0, 8));
        }

        /**
         * A new org connected to a simulated Zoom account whose reports the service may read: connection-service's
         * stand-in hands out the account's tokens for the connection.
         */
        static Org connectedTo(String account) {
            Org org = new Org("org-" + UUID.randomUUID(), account, UUID.randomUUID());
            ConnectionServiceStandIn.bind(org.connection(), account);
            publish(
                    Topics.CONNECTIONS,
                    org.connection().toString(),
                    "connection.established",
                    "{\"orgId\":\"" + org.org() + "\",\"connectionId\":\"" + org.connection()
                            + "\",\"zoomAccountId\":\"" + org.account() + "\",\"status\":\"active\"}");
            return org;
        }

        void map(String zoomUserId, String profileId, boolean enabled) {
            publish(
                    Topics.MAPPINGS,
                    connection + ":" + zoomUserId,
                    DirectoryTypes.MAPPING_CHANGED,
                    "{\"orgId\":\"" + org + "\",\"connectionId\":\"" + connection + "\",\"profileId\":\"" + profileId
                            + "\",\"zoomUserId\":\"" + zoomUserId + "\",\"enabled\":" + enabled
                            + ",\"source\":\"auto\"}");
        }

        /** user-mapping-service's record of a Zoom user of the connection on {@code switchboard.zoom-users}. */
        void zoomUser(String zoomUserId, String email) {
            publish(
                    Topics.ZOOM_USERS,
                    connection + ":" + zoomUserId,
                    "zoom_user.upserted",
                    "{\"orgId\":\"" + org + "\",\"connectionId\":\"" + connection + "\",\"zoomUserId\":\""
                            + zoomUserId + "\",\"email\":\"" + email + "\",\"status\":\"active\",\"user\":{\"id\":\""
                            + zoomUserId + "\",\"email\":\"" + email + "\"}}");
        }

        void syncRequested() {
            publish(
                    Topics.CONNECTIONS,
                    connection.toString(),
                    "connection.sync_requested",
                    "{\"orgId\":\"" + org + "\",\"connectionId\":\"" + connection + "\",\"zoomAccountId\":\"" + account
                            + "\",\"status\":\"active\"}");
        }

        /** The connection's freshness, as the REST API shows it; empty while the connection is not known yet (404). */
        JsonPath freshness() {
            var response = given().auth()
                    .oauth2(TestTokens.admin(org))
                    .when()
                    .get("/orgs/{org}/connections/{id}/freshness", org, connection);
            return response.statusCode() == 404
                    ? new JsonPath("{}")
                    : response.then().statusCode(200).extract().jsonPath();
        }

        void removed() {
            publish(
                    Topics.CONNECTIONS,
                    connection.toString(),
                    "connection.removed",
                    "{\"orgId\":\"" + org + "\",\"connectionId\":\"" + connection + "\",\"zoomAccountId\":\"" + account
                            + "\",\"status\":\"removed\"}");
        }

        /** A person's timeline as the REST API shows it. */
        JsonPath timeline(String profileId) {
            return given().auth()
                    .oauth2(TestTokens.admin(org))
                    .queryParam("limit", 200)
                    .when()
                    .get("/orgs/{org}/profiles/{profile}/timeline", org, profileId)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
        }

        List<Map<String, Object>> entries(String profileId) {
            return timeline(profileId).getList("items");
        }
    }

    /** One of Zoom's webhooks: its type and body. */
    record Webhook(String type, String body) {}

    /** One meeting instance of an account: its ids and host. */
    record Instance(
            String account, String kind, String meetingId, String uuid, String hostId, String topic, Instant start) {

        static Instance meeting(Org org, String hostId, Instant start) {
            return new Instance(
                    org.account(),
                    "meeting",
                    String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L)),
                    newUuid(),
                    hostId,
                    "Weekly sync",
                    start);
        }

        /** The same meeting id started again: a new uuid (a host restart, or the next occurrence). */
        Instance again(Instant start) {
            return new Instance(account, kind, meetingId, newUuid(), hostId, topic, start);
        }

        Webhook started(long eventTs) {
            return event(kind + ".started", eventTs, "");
        }

        Webhook ended(Instant end, long eventTs) {
            return event(kind + ".ended", eventTs, ",\"end_time\":\"" + end + "\"");
        }

        Webhook joined(String zoomUserId, String session, String name, Instant at, long eventTs) {
            return participant(kind + ".participant_joined", zoomUserId, session, name, "join_time", at, eventTs);
        }

        Webhook left(String zoomUserId, String session, String name, Instant at, long eventTs) {
            return participant(kind + ".participant_left", zoomUserId, session, name, "leave_time", at, eventTs);
        }

        private Webhook participant(
                String type, String zoomUserId, String session, String name, String field, Instant at, long ts) {
            return event(
                    type,
                    ts,
                    ",\"participant\":{\"user_id\":\"" + session + "\",\"user_name\":\"" + name + "\",\"id\":\""
                            + (zoomUserId == null ? "" : zoomUserId) + "\",\"participant_uuid\":\"" + session
                            + "\",\"" + field + "\":\"" + at + "\",\"email\":\"\"}");
        }

        private Webhook event(String type, long eventTs, String extra) {
            return new Webhook(
                    type,
                    "{\"event\":\"" + type + "\",\"event_ts\":" + eventTs + ",\"payload\":{\"account_id\":\""
                            + account + "\",\"object\":{\"id\":\"" + meetingId + "\",\"uuid\":\"" + uuid
                            + "\",\"host_id\":\""
                            + hostId + "\",\"topic\":\"" + topic + "\",\"type\":8,\"start_time\":\"" + start
                            + "\",\"timezone\":\"UTC\",\"duration\":60" + extra + "}}}");
        }

        private static String newUuid() {
            return UUID.randomUUID().toString().replace("-", "").substring(0, 22) + "==";
        }
    }

    /** The same webhook without one of its object's fields (a record that can never be applied). */
    static Webhook without(Webhook webhook, String field) {
        return new Webhook(webhook.type(), webhook.body().replaceFirst("\"" + field + "\":\"[^\"]*\",", ""));
    }

    /** Publishes an instance's webhook on its Zoom topic, keyed by uuid as ingest keys it. */
    static void deliver(Instance instance, Webhook webhook) {
        String topic = webhook.type().startsWith("webinar.") ? Topics.ZOOM_WEBINAR : Topics.ZOOM_MEETING;
        publish(topic, instance.uuid(), webhook.type(), webhook.body());
    }

    /** One Zoom Phone call between two users of an account, reported each way Zoom reports a call. */
    record Call(
            String account,
            String callId,
            String caller,
            String callee,
            Instant ringing,
            Instant answered,
            Instant end) {

        static Call between(Org org, String caller, String callee, Instant ringing, Instant answered, Instant end) {
            return new Call(
                    org.account(),
                    String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits())),
                    caller,
                    callee,
                    ringing,
                    answered,
                    end);
        }

        /** Real time: {@code phone.caller_ended}, {@code phone.callee_ended} or {@code phone.callee_missed}. */
        Webhook realtime(String type, long eventTs) {
            String answer = answered == null ? "" : ",\"answer_start_time\":\"" + answered + "\"";
            return new Webhook(
                    type,
                    "{\"event\":\"" + type + "\",\"event_ts\":" + eventTs + ",\"payload\":{\"account_id\":\"" + account
                            + "\",\"object\":{\"call_id\":\"" + callId + "\",\"caller\":{\"user_id\":\"" + caller
                            + "\",\"name\":\"Caller\",\"extension_number\":1002},\"callee\":{\"user_id\":\"" + callee
                            + "\",\"name\":\"Callee\",\"extension_number\":1003},\"ringing_start_time\":\"" + ringing
                            + "\"" + answer + ",\"call_end_time\":\"" + end + "\"}}}");
        }

        /**
         * Completed history for one side: v2 ({@code *_call_history_completed}, {@code call_logs}) or v3
         * ({@code *_call_element_completed}, {@code call_elements}), with Zoom's talk time.
         */
        Webhook history(boolean callerSide, boolean v3, int talkTime, long eventTs) {
            String type = "phone." + (callerSide ? "caller" : "callee")
                    + (v3 ? "_call_element_completed" : "_call_history_completed");
            String id = (v3 ? "\"call_element_id\":\"" : "\"id\":\"") + UUID.randomUUID() + "\"";
            String answer = answered == null ? "" : ",\"answer_time\":\"" + answered + "\"";
            String record = "{" + id + ",\"call_id\":\"" + callId + "\",\"direction\":\""
                    + (callerSide ? "outbound" : "inbound") + "\",\"caller_name\":\"Caller\",\"callee_name\":\"Callee\""
                    + ",\"start_time\":\"" + ringing + "\"" + answer + ",\"end_time\":\"" + end + "\",\"result\":\""
                    + (answered == null ? "missed" : "answered") + "\",\"talk_time\":" + talkTime + "}";
            return new Webhook(
                    type,
                    "{\"event\":\"" + type + "\",\"event_ts\":" + eventTs + ",\"payload\":{\"account_id\":\"" + account
                            + "\",\"object\":{\"user_id\":\"" + (callerSide ? caller : callee) + "\",\""
                            + (v3 ? "call_elements" : "call_logs") + "\":[" + record + "]}}}");
        }

        void deliver(Webhook webhook) {
            publish(Topics.ZOOM_PHONE, callId, webhook.type(), webhook.body());
        }
    }

    private static void publish(String topic, String key, String type, String body) {
        KafkaTestClient.produceEvent(topic, key, type, body);
    }
}
