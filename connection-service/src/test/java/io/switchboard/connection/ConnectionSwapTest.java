package io.switchboard.connection;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.rest.problem.Problem;
import io.switchboard.security.Roles;
import io.switchboard.testing.TestTokens;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Connection swap: an admin of one organisation sends their authorize link to someone else, whose approval would
 * connect the other person's Zoom account to the first organisation. Zoom's callback completes nothing; only the
 * signed-in user who started the flow can confirm it, with the confirmation only the returning browser holds.
 */
@QuarkusTest
class ConnectionSwapTest {

    @BeforeEach
    void resetZoom() {
        ZoomWireMock.server().resetAll();
    }

    @Test
    void zoomsCallbackAloneExchangesNothingAndLeavesTheConnectionPending() {
        String org = "org-" + UUID.randomUUID();
        OAuthFlow.zoomAccepts("acc-" + UUID.randomUUID(), "at-swap", "rt-swap", 3599);
        Map<String, String> answer =
                OAuthFlow.answered("code-swap", OAuthFlow.start(org).get("state"));

        ZoomWireMock.server().verify(0, postRequestedFor(urlPathEqualTo("/oauth/token")));
        OAuthFlow.assertStatus(org, UUID.fromString(answer.get("connectionId")), "pending");
    }

    @Test
    void anotherOrganisationsAdminCannotConfirmTheConnection() {
        String victimOrg = "org-" + UUID.randomUUID();
        String attackerOrg = "org-" + UUID.randomUUID();
        OAuthFlow.zoomAccepts("acc-" + UUID.randomUUID(), "at-swap", "rt-swap", 3599);
        Map<String, String> answer =
                OAuthFlow.answered("code-swap", OAuthFlow.start(attackerOrg).get("state"));

        OAuthFlow.confirm(TestTokens.admin(victimOrg), attackerOrg, answer)
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE);
        OAuthFlow.confirm(TestTokens.admin(victimOrg), victimOrg, answer).statusCode(404);
        ZoomWireMock.server().verify(0, postRequestedFor(urlPathEqualTo("/oauth/token")));
    }

    @Test
    void anotherAdminOfTheSameOrganisationCannotConfirmIt() {
        String org = "org-" + UUID.randomUUID();
        OAuthFlow.zoomAccepts("acc-" + UUID.randomUUID(), "at-swap", "rt-swap", 3599);
        Map<String, String> answer =
                OAuthFlow.answered("code-swap", OAuthFlow.start(org).get("state"));

        OAuthFlow.confirm(TestTokens.token("other-admin@" + org, org, Roles.ADMIN), org, answer)
                .statusCode(403)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", is(Problem.TYPE_PREFIX + "started-by-another-user"));
        ZoomWireMock.server().verify(0, postRequestedFor(urlPathEqualTo("/oauth/token")));
        OAuthFlow.assertStatus(org, UUID.fromString(answer.get("connectionId")), "pending");
    }

    @Test
    void theStartingAdminNeedsTheConfirmationFromZoomsRedirect() {
        String org = "org-" + UUID.randomUUID();
        OAuthFlow.zoomAccepts("acc-" + UUID.randomUUID(), "at-swap", "rt-swap", 3599);
        Map<String, String> answer =
                OAuthFlow.answered("code-swap", OAuthFlow.start(org).get("state"));

        OAuthFlow.confirm(
                        TestTokens.admin(org),
                        org,
                        Map.of(
                                "connectionId",
                                answer.get("connectionId"),
                                "confirmation",
                                answer.get("confirmation") + "x"))
                .statusCode(400)
                .body("type", is(Problem.TYPE_PREFIX + "confirmation-invalid"));
        ZoomWireMock.server().verify(0, postRequestedFor(urlPathEqualTo("/oauth/token")));
    }

    @Test
    void aConfirmationWorksOnce() {
        String org = "org-" + UUID.randomUUID();
        OAuthFlow.zoomAccepts("acc-" + UUID.randomUUID(), "at-once", "rt-once", 3599);
        Map<String, String> answer =
                OAuthFlow.answered("code-once", OAuthFlow.start(org).get("state"));

        OAuthFlow.confirm(TestTokens.admin(org), org, answer).statusCode(200).body("status", is("active"));
        OAuthFlow.confirm(TestTokens.admin(org), org, answer).statusCode(404);
        ZoomWireMock.server().verify(1, postRequestedFor(urlPathEqualTo("/oauth/token")));
    }
}
