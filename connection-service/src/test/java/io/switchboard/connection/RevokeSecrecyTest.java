package io.switchboard.connection;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.testing.TestTokens;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.formatters.PatternFormatter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An access token never leaves through a URL or a log line, also when revoking it at Zoom fails. */
@QuarkusTest
class RevokeSecrecyTest {

    private static final PatternFormatter MESSAGE = new PatternFormatter("%s");

    @BeforeEach
    void resetZoom() {
        ZoomWireMock.server().resetAll();
    }

    @Test
    void theRevokedTokenTravelsInTheFormBodyNotTheUrl() {
        String org = "org-" + UUID.randomUUID();
        String token = "at-body-" + UUID.randomUUID();
        UUID connection = OAuthFlow.connect(org, "acc-" + UUID.randomUUID(), token, "rt-body", 3599);
        ZoomWireMock.server()
                .stubFor(post(urlPathEqualTo("/oauth/revoke"))
                        .willReturn(aResponse().withStatus(200)));

        remove(org, connection);

        LoggedRequest revoke = ZoomWireMock.server()
                .findAll(postRequestedFor(urlPathEqualTo("/oauth/revoke")))
                .get(0);
        assertEquals("token=" + token, revoke.getBodyAsString());
        assertFalse(revoke.getUrl().contains(token), "the URL carries no token: " + revoke.getUrl());
    }

    @Test
    void aRevokeThatTimesOutLeavesNoTokenInTheLog() {
        String org = "org-" + UUID.randomUUID();
        String token = "at-log-" + UUID.randomUUID();
        UUID connection = OAuthFlow.connect(org, "acc-" + UUID.randomUUID(), token, "rt-log", 3599);
        ZoomWireMock.server()
                .stubFor(post(urlPathEqualTo("/oauth/revoke"))
                        .willReturn(aResponse().withStatus(200).withFixedDelay(3_000)));

        List<String> lines = captureLogs(() -> remove(org, connection));

        assertTrue(
                lines.stream().anyMatch(line -> line.contains("Revoking connection " + connection)),
                "the failed revoke was logged: " + lines);
        lines.forEach(line -> assertFalse(line.contains(token), "a log line holds the token: " + line));
    }

    private static void remove(String org, UUID connection) {
        given().auth()
                .oauth2(TestTokens.admin(org))
                .when()
                .delete("/orgs/{org}/connections/{id}", org, connection)
                .then()
                .statusCode(204);
    }

    /** Every log line (message and the messages of its causes) written while {@code action} runs. */
    private static List<String> captureLogs(Runnable action) {
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                StringBuilder line = new StringBuilder(MESSAGE.format(record));
                for (Throwable cause = record.getThrown(); cause != null; cause = cause.getCause()) {
                    line.append(" | ").append(cause);
                }
                lines.add(line.toString());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        capture.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        try {
            action.run();
        } finally {
            root.removeHandler(capture);
        }
        return lines;
    }
}
