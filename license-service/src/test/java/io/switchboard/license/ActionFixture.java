package io.switchboard.license;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.switchboard.events.Topics;
import io.switchboard.testing.ConnectionServiceStandIn;
import io.switchboard.testing.KafkaTestClient;
import io.switchboard.testing.SimulatorControl;
import io.switchboard.testing.TestTokens;
import io.switchboard.testing.TestZoom;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;

/**
 * An organisation's connection to a fresh simulated Zoom account whose users this service already knows: the
 * simulator's directory, the stand-in's token binding, and the {@code connection_ref} and {@code zoom_account} rows
 * written directly (with a plan sync marked done, so that no background sync calls Zoom during a test).
 */
record ActionFixture(Pool database, String org, String account, UUID connection, List<String> ids) {

    private static final Duration WAIT = Duration.ofSeconds(20);

    /** Connects a new organisation to a new account holding {@code users} (simulator records). */
    static ActionFixture connect(Pool database, List<Map<String, Object>> users) {
        String account = "ACT" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        ActionFixture fixture = new ActionFixture(
                database,
                "org-" + UUID.randomUUID(),
                account,
                UUID.randomUUID(),
                SimulatorControl.directory(account, users));
        ConnectionServiceStandIn.bind(fixture.connection, account);
        fixture.sql(
                "insert into connection_ref (connection_id, org_id, zoom_account_id, active) values ($1, $2, $3, true)",
                Tuple.of(fixture.connection, fixture.org, account));
        fixture.sql(
                "insert into plan_sync (connection_id, attempted_at, succeeded_at) values ($1, now(), now())",
                Tuple.of(fixture.connection));
        for (int n = 0; n < users.size(); n++) {
            Map<String, Object> user = users.get(n);
            fixture.sql(
                    "insert into zoom_account (connection_id, zoom_user_id, org_id, email, license_type, status,"
                            + " role_id) values ($1, $2, $3, $4, $5, $6, $7)",
                    Tuple.tuple(Arrays.asList(
                            fixture.connection,
                            fixture.ids.get(n),
                            fixture.org,
                            user.get("email"),
                            user.getOrDefault("type", 2),
                            user.getOrDefault("status", "active"),
                            user.getOrDefault("role_id", "2"))));
        }
        return fixture;
    }

    /** A simulator user record of licence {@code type}. */
    static Map<String, Object> user(String email, String status, int type) {
        return Map.of("email", email, "status", status, "type", type);
    }

    /** A request as an admin of the organisation. */
    RequestSpecification asAdmin() {
        return given().auth().oauth2(TestTokens.admin(org)).contentType(ContentType.JSON);
    }

    /** The path of the connection's zoom-accounts. */
    String accounts() {
        return "/orgs/" + org + "/connections/" + connection + "/zoom-accounts";
    }

    /** The path of the connection's licences. */
    String licenses() {
        return "/orgs/" + org + "/connections/" + connection + "/licenses";
    }

    /** The user as the simulated Zoom has them now (404 answered as is). */
    Response atZoom(String zoomUserId) {
        return given().baseUri(TestZoom.baseUrl())
                .auth()
                .oauth2(SimulatorControl.token(account))
                .when()
                .get("/v2/users/{id}", zoomUserId);
    }

    /** Zoom API calls the account has answered so far. */
    long zoomCalls() {
        Map<?, ?> counters = given().baseUri(TestZoom.baseUrl())
                .when()
                .get("/_sim/counters")
                .then()
                .extract()
                .as(Map.class);
        Object calls = counters.get("api.calls." + account);
        return calls == null ? 0 : ((Number) calls).longValue();
    }

    /** The connection's audit rows, oldest first: action, outcome, actor, zoom user id, zoom code. */
    List<Row> audit() {
        List<Row> rows = new ArrayList<>();
        database.preparedQuery("select action, outcome, actor, zoom_user_id, zoom_status, zoom_code, reclaim_id"
                        + " from license_action where connection_id = $1 order by created_at")
                .execute(Tuple.of(connection))
                .await()
                .atMost(WAIT)
                .forEach(rows::add);
        return rows;
    }

    /** The local row's status and licence type, or null when there is none. */
    Row local(String zoomUserId) {
        var rows = database.preparedQuery(
                        "select status, license_type from zoom_account where connection_id = $1 and zoom_user_id = $2")
                .execute(Tuple.of(connection, zoomUserId))
                .await()
                .atMost(WAIT);
        return rows.size() == 0 ? null : rows.iterator().next();
    }

    /** The connection's records on switchboard.license-actions, once {@code count} of them have arrived. */
    List<ConsumerRecord<String, String>> events(int count) {
        List<ConsumerRecord<String, String>> mine = new ArrayList<>();
        Awaitility.await().atMost(WAIT).until(() -> {
            mine.clear();
            KafkaTestClient.readAll(Topics.LICENSE_ACTIONS).stream()
                    .filter(record -> record.key().startsWith(connection + ":"))
                    .forEach(mine::add);
            return mine.size() >= count;
        });
        return mine;
    }

    /** Waits a while during which the connection keeps exactly {@code count} records on the topic. */
    void eventsStay(int count) {
        Awaitility.await()
                .during(Duration.ofMillis(1_500))
                .atMost(WAIT)
                .until(() -> KafkaTestClient.readAll(Topics.LICENSE_ACTIONS).stream()
                                .filter(record -> record.key().startsWith(connection + ":"))
                                .count()
                        == count);
    }

    private void sql(String statement, Tuple values) {
        database.preparedQuery(statement).execute(values).await().atMost(WAIT);
    }
}
