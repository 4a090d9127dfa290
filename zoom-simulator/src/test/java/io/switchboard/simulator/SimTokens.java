package io.switchboard.simulator;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Access tokens from the simulator's own token endpoint, for tests of its API. */
final class SimTokens {

    private SimTokens() {}

    /** An {@code account_credentials} token of the Server-to-Server app {@code clientId}. */
    static String serverToServer(String clientId, String secret, String accountId) {
        return given().header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8)))
                .formParam("grant_type", "account_credentials")
                .formParam("account_id", accountId)
                .when()
                .post("/oauth/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    /** A token of the second simulated account (app {@code switchboard-s2s}). */
    static String secondAccount() {
        return serverToServer("switchboard-s2s", "switchboard-s2s-secret", "SIMACCOUNT00000002");
    }
}
