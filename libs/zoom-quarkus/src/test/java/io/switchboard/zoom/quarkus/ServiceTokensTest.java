package io.switchboard.zoom.quarkus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.testing.ConnectionServiceOnTestPortResource;
import io.switchboard.testing.JwtResource;
import io.switchboard.testing.ServiceClientResource;
import io.switchboard.testing.SharedInfrastructure;
import io.switchboard.zoom.api.auth.AccessToken;
import io.switchboard.zoom.api.auth.AccessTokens;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A service asks connection-service for Zoom access tokens with its own token, which quarkus-oidc-client obtained
 * from the identity provider with client credentials and which the callee verified.
 */
@QuarkusTest
@QuarkusTestResource(ConnectionServiceOnTestPortResource.class)
@QuarkusTestResource(JwtResource.class)
@QuarkusTestResource(ServiceClientResource.class)
class ServiceTokensTest {

    private final AccessTokens tokens;

    ServiceTokensTest(AccessTokens tokens) {
        this.tokens = tokens;
    }

    @Test
    void oneServiceTokenFromTheIdentityProviderServesEveryCallToConnectionService() {
        FakeConnectionService.BEARERS.clear();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();

        AccessToken token = get(first);
        get(second);
        get(first);

        assertEquals("zoom-token-" + first, token.value());
        assertEquals("acc-" + first, token.zoomAccountId());
        assertEquals(2, FakeConnectionService.BEARERS.size(), "each connection's Zoom token is cached");
        assertEquals(1, Set.copyOf(FakeConnectionService.BEARERS).size(), "one service token for both requests");
        String claims = new String(
                Base64.getUrlDecoder()
                        .decode(FakeConnectionService.BEARERS.get(0).split("\\.")[1]),
                StandardCharsets.UTF_8);
        assertTrue(claims.contains("\"sub\":\"" + SharedInfrastructure.SERVICE_CLIENT_ID + "\""), claims);
        assertTrue(claims.contains("\"iss\":\"" + SharedInfrastructure.identityIssuer() + "\""), claims);
    }

    private AccessToken get(UUID connection) {
        return tokens.forConnection(connection).await().atMost(Duration.ofSeconds(30));
    }
}
