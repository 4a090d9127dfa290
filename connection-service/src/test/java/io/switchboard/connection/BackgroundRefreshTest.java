package io.switchboard.connection;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.switchboard.testing.TestTokens;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The scheduler refreshes a token that is about to expire before any caller asks for it. */
@QuarkusTest
@TestProfile(BackgroundRefreshTest.RefreshEverySecond.class)
class BackgroundRefreshTest {

    /** Runs the background refresh every second. */
    public static class RefreshEverySecond implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("switchboard.connection.refresh-every", "1s");
        }
    }

    @Test
    void refreshesATokenCloseToExpiryWithoutACaller() {
        ZoomWireMock.server().resetAll();
        UUID connection =
                OAuthFlow.connect("org-" + UUID.randomUUID(), "acc-" + UUID.randomUUID(), "at-bg", "rt-bg", 60);
        ZoomWireMock.server()
                .stubFor(post(urlPathEqualTo("/oauth/token"))
                        .withRequestBody(containing("refresh_token=rt-bg"))
                        .willReturn(aResponse()
                                .withHeader("Content-Type", "application/json")
                                .withBody("{\"access_token\":\"at-bg-2\",\"refresh_token\":\"rt-bg-2\","
                                        + "\"expires_in\":3599,\"scope\":\"user:read:admin\"}")));
        Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> !ZoomWireMock.server()
                        .findAll(postRequestedFor(urlPathEqualTo("/oauth/token"))
                                .withRequestBody(containing("refresh_token=rt-bg")))
                        .isEmpty());

        // The new token was stored: a caller gets it without another refresh.
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> "at-bg-2"
                        .equals(given().auth()
                                .oauth2(TestTokens.service("activity-service"))
                                .when()
                                .post("/internal/connections/{id}/access-token", connection)
                                .then()
                                .statusCode(200)
                                .extract()
                                .path("accessToken")));
        ZoomWireMock.server()
                .verify(
                        1,
                        postRequestedFor(urlPathEqualTo("/oauth/token")).withRequestBody(containing("refresh_token=")));
    }
}
