package io.switchboard.connection;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.connection.crypto.Pkce;
import io.switchboard.connection.messaging.ConnectionEvents;
import io.switchboard.events.CloudEventHeaders;
import io.switchboard.events.Topics;
import io.switchboard.rest.problem.Problem;
import io.switchboard.testing.KafkaTestClient;
import io.switchboard.testing.TestTokens;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Connecting an organisation to a Zoom account with OAuth, state and PKCE, against a fake Zoom. */
@QuarkusTest
class OAuthFlowTest {

    private final Pool database;

    OAuthFlowTest(Pool database) {
        this.database = database;
    }

    @BeforeEach
    void resetZoom() {
        ZoomWireMock.server().resetAll();
    }

    @Test
    void connectsThroughTheWholeFlowWithPkce() {
        String org = "org-" + UUID.randomUUID();
        String account = "acc-" + UUID.randomUUID();
        OAuthFlow.zoomAccepts(account, "at-flow", "rt-flow", 3599);

        Map<String, String> authorize = OAuthFlow.start(org);
        assertEquals(ZoomWireMock.CLIENT_ID, authorize.get("client_id"));
        assertEquals("S256", authorize.get("code_challenge_method"));
        assertEquals("code", authorize.get("response_type"));

        String location = OAuthFlow.callback("the-code", authorize.get("state"))
                .statusCode(303)
                .header("Location", startsWith(ZoomWireMock.DASHBOARD + "?connectionId="))
                .extract()
                .header("Location");
        Map<String, String> answer = OAuthFlow.query(java.net.URI.create(location));
        UUID connection = UUID.fromString(answer.get("connectionId"));
        ZoomWireMock.server().verify(0, postRequestedFor(urlPathEqualTo("/oauth/token")));
        OAuthFlow.confirm(TestTokens.admin(org), org, answer).statusCode(200).body("status", is("active"));

        String basic = "Basic "
                + Base64.getEncoder()
                        .encodeToString((ZoomWireMock.CLIENT_ID + ":" + ZoomWireMock.CLIENT_SECRET)
                                .getBytes(StandardCharsets.UTF_8));
        var exchange = ZoomWireMock.server()
                .findAll(postRequestedFor(urlPathEqualTo("/oauth/token"))
                        .withHeader("Authorization", equalTo(basic))
                        .withRequestBody(containing("code=the-code")))
                .get(0)
                .getBodyAsString();
        String verifier =
                OAuthFlow.query(java.net.URI.create("http://x/?" + exchange)).get("code_verifier");
        assertEquals(authorize.get("code_challenge"), Pkce.challenge(verifier), "the verifier matches the challenge");
        assertTrue(URLDecoder.decode(exchange, StandardCharsets.UTF_8)
                .contains("redirect_uri=http://localhost:8081/oauth/zoom/callback"));

        given().auth()
                .oauth2(TestTokens.member(org))
                .when()
                .get("/orgs/{org}/connections/{id}", org, connection)
                .then()
                .statusCode(200)
                .body("status", is("active"))
                .body("zoomAccountId", is(account))
                .body("grantedScopes", contains("user:read:admin", "meeting:read:admin"))
                .body("missingScopes", hasItem("webinar:read:admin"));

        Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .until(() -> KafkaTestClient.readAll(Topics.CONNECTIONS).stream()
                        .anyMatch(r -> connection.toString().equals(r.key())
                                && ConnectionEvents.ESTABLISHED.equals(
                                        KafkaTestClient.header(r, CloudEventHeaders.TYPE))
                                && r.value().contains(account)));
    }

    @Test
    void aConnectionRemovedWhilePendingIsNotBroughtBackByALateCallback() {
        String org = "org-" + UUID.randomUUID();
        OAuthFlow.zoomAccepts("acc-" + UUID.randomUUID(), "at-late", "rt-late", 3599);
        var started = given().auth()
                .oauth2(TestTokens.admin(org))
                .when()
                .post("/orgs/{org}/connections/zoom", org)
                .then()
                .statusCode(201)
                .extract();
        UUID connection = UUID.fromString(started.path("connectionId"));
        String state = OAuthFlow.query(URI.create(started.path("authorizeUrl"))).get("state");
        given().auth()
                .oauth2(TestTokens.admin(org))
                .when()
                .delete("/orgs/{org}/connections/{id}", org, connection)
                .then()
                .statusCode(204);

        OAuthFlow.callback("code-late", state).statusCode(409).contentType(Problem.MEDIA_TYPE);

        OAuthFlow.assertStatus(org, connection, "removed");
        ZoomWireMock.server().verify(0, postRequestedFor(urlPathEqualTo("/oauth/token")));
        assertEquals(0L, OAuthFlow.events(connection, ConnectionEvents.ESTABLISHED));
    }

    @Test
    void refusesAReusedState() {
        OAuthFlow.zoomAccepts("acc-" + UUID.randomUUID(), "at", "rt", 3599);
        String state = OAuthFlow.start("org-" + UUID.randomUUID()).get("state");
        OAuthFlow.callback("code-1", state).statusCode(303);
        OAuthFlow.callback("code-2", state).statusCode(400).contentType(Problem.MEDIA_TYPE);
        ZoomWireMock.server().verify(0, postRequestedFor(urlPathEqualTo("/oauth/token")));
    }

    @Test
    void refusesAnUnknownOrTamperedStateAndStoresNothing() {
        String org = "org-" + UUID.randomUUID();
        String state = OAuthFlow.start(org).get("state");
        OAuthFlow.callback("code", state + "x").statusCode(400).contentType(Problem.MEDIA_TYPE);
        OAuthFlow.callback("code", Pkce.randomToken()).statusCode(400);
        OAuthFlow.callback("code", "").statusCode(400);
        ZoomWireMock.server().verify(0, postRequestedFor(urlPathEqualTo("/oauth/token")));
        given().auth()
                .oauth2(TestTokens.member(org))
                .when()
                .get("/orgs/{org}/connections", org)
                .then()
                .body("status", contains("pending"));
    }

    @Test
    void refusesAnExpiredState() {
        String state = OAuthFlow.start("org-" + UUID.randomUUID()).get("state");
        database.preparedQuery("update oauth_state set expires_at = now() - interval '1 minute' where state_hash = $1")
                .execute(Tuple.of(Pkce.hash(state)))
                .await()
                .atMost(Duration.ofSeconds(10));
        OAuthFlow.callback("code", state)
                .statusCode(400)
                .body("detail", is("This OAuth state has expired; start the connection again."));
        ZoomWireMock.server().verify(0, postRequestedFor(urlPathEqualTo("/oauth/token")));
    }

    @Test
    void connectingTheSameZoomAccountAgainReauthorisesInsteadOfDuplicating() {
        String org = "org-" + UUID.randomUUID();
        String account = "acc-" + UUID.randomUUID();
        UUID first = OAuthFlow.connect(org, account, "at-1", "rt-1", 3599);
        UUID second = OAuthFlow.connect(org, account, "at-2", "rt-2", 3599);
        assertEquals(first, second);
        given().auth()
                .oauth2(TestTokens.member(org))
                .when()
                .get("/orgs/{org}/connections", org)
                .then()
                .body("$", hasSize(1))
                .body("[0].status", is("active"));
    }

    @Test
    void aMemberCannotConnect() {
        given().auth()
                .oauth2(TestTokens.member("acme"))
                .when()
                .post("/orgs/{org}/connections/zoom", "acme")
                .then()
                .statusCode(403)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void anotherOrganisationCannotConnectForThisOne() {
        given().auth()
                .oauth2(TestTokens.admin("globex"))
                .when()
                .post("/orgs/{org}/connections/zoom", "acme")
                .then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE);
    }
}
