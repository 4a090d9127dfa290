package io.switchboard.connection;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import io.restassured.response.ValidatableResponse;
import io.switchboard.events.CloudEventHeaders;
import io.switchboard.events.Topics;
import io.switchboard.testing.KafkaTestClient;
import io.switchboard.testing.TestTokens;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Drives the OAuth flow against the fake Zoom, as a browser and Zoom would. */
final class OAuthFlow {

    private OAuthFlow() {}

    /** Zoom's answer to an authorization_code grant, and its users/me for {@code accountId}. */
    static void zoomAccepts(String accountId, String accessToken, String refreshToken, long expiresIn) {
        ZoomWireMock.server()
                .stubFor(post(urlPathEqualTo("/oauth/token"))
                        .withRequestBody(containing("grant_type=authorization_code"))
                        .willReturn(aResponse()
                                .withHeader("Content-Type", "application/json")
                                .withBody("{\"access_token\":\"" + accessToken + "\",\"token_type\":\"bearer\","
                                        + "\"refresh_token\":\"" + refreshToken + "\",\"expires_in\":" + expiresIn
                                        + ",\"scope\":\"user:read:admin meeting:read:admin\"}")));
        ZoomWireMock.server()
                .stubFor(get(urlPathEqualTo("/v2/users/me"))
                        .willReturn(aResponse()
                                .withHeader("Content-Type", "application/json")
                                .withBody("{\"id\":\"u-1\",\"account_id\":\"" + accountId
                                        + "\",\"email\":\"owner@example.com\"}")));
    }

    /** Starts a connection as an admin of {@code org}; the authorize URL's query parameters. */
    static Map<String, String> start(String org) {
        String url = given().auth()
                .oauth2(TestTokens.admin(org))
                .when()
                .post("/orgs/{org}/connections/zoom", org)
                .then()
                .statusCode(201)
                .extract()
                .path("authorizeUrl");
        return query(URI.create(url));
    }

    /** The connection's status, as a member of {@code org} reads it, is {@code status}. */
    static void assertStatus(String org, UUID connection, String status) {
        given().auth()
                .oauth2(TestTokens.member(org))
                .when()
                .get("/orgs/{org}/connections/{id}", org, connection)
                .then()
                .statusCode(200)
                .body("status", is(status));
    }

    /** Zoom's redirect back to the callback. */
    static ValidatableResponse callback(String code, String state) {
        return given().redirects()
                .follow(false)
                .queryParam("code", code)
                .queryParam("state", state)
                .when()
                .get("/oauth/zoom/callback")
                .then();
    }

    /** The dashboard's redirect after Zoom's callback: connection id and confirmation. */
    static Map<String, String> answered(String code, String state) {
        return query(URI.create(callback(code, state).statusCode(303).extract().header("Location")));
    }

    /** The dashboard, signed in with {@code token}, confirms what the redirect carried. */
    static ValidatableResponse confirm(String token, String org, Map<String, String> answer) {
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(Map.of("confirmation", answer.get("confirmation")))
                .when()
                .post("/orgs/{org}/connections/{id}/confirm", org, answer.get("connectionId"))
                .then();
    }

    /** The whole flow for {@code org} and Zoom account {@code accountId}, started and confirmed by its admin. */
    static UUID connect(String org, String accountId, String accessToken, String refreshToken, long expiresIn) {
        zoomAccepts(accountId, accessToken, refreshToken, expiresIn);
        Map<String, String> answer =
                answered("code-" + UUID.randomUUID(), start(org).get("state"));
        String id = confirm(TestTokens.admin(org), org, answer)
                .statusCode(200)
                .extract()
                .path("id");
        return UUID.fromString(id);
    }

    static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            parameters.put(
                    URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return parameters;
    }

    /** How many events of {@code type} about {@code connection} are on switchboard.connections. */
    static long events(UUID connection, String type) {
        return KafkaTestClient.readAll(Topics.CONNECTIONS).stream()
                .filter(r -> connection.toString().equals(r.key()))
                .filter(r -> type.equals(KafkaTestClient.header(r, CloudEventHeaders.TYPE)))
                .count();
    }

    /** Zoom refuses every refresh grant as dead ({@code invalid_grant}) with {@code status}. */
    static void zoomRefusesRefreshes(int status) {
        ZoomWireMock.server()
                .stubFor(post(urlPathEqualTo("/oauth/token"))
                        .withRequestBody(containing("grant_type=refresh_token"))
                        .willReturn(aResponse()
                                .withStatus(status)
                                .withHeader("Content-Type", "application/json")
                                .withBody("{\"reason\":\"Invalid Token!\",\"error\":\"invalid_grant\"}")));
    }

    /** Zoom answers the refresh of {@code refreshToken} with new tokens after {@code delayMillis}. */
    static void zoomRefreshes(String refreshToken, String newAccess, String newRefresh, int delayMillis) {
        ZoomWireMock.server()
                .stubFor(post(urlPathEqualTo("/oauth/token"))
                        .withRequestBody(containing("refresh_token=" + refreshToken))
                        .willReturn(aResponse()
                                .withFixedDelay(delayMillis)
                                .withHeader("Content-Type", "application/json")
                                .withBody("{\"access_token\":\"" + newAccess + "\",\"token_type\":\"bearer\","
                                        + "\"refresh_token\":\"" + newRefresh + "\",\"expires_in\":3599,"
                                        + "\"scope\":\"user:read:admin\"}")));
    }
}
