package io.switchboard.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Makes the application under test verify tokens as in production, against the JVM's development OpenID Connect
 * provider: its JWKS, its issuer and Switchboard's audience. It trusts the tokens that {@link TestTokens} signs and
 * the ones the provider issues to service clients, and only those.
 */
public class JwtResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        String issuer = SharedInfrastructure.identityIssuer();
        return Map.of("mp.jwt.verify.publickey.location", issuer + "/jwks", "mp.jwt.verify.issuer", issuer);
    }

    @Override
    public void stop() {
        // The provider lives as long as the JVM.
    }
}
