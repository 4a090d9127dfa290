package io.switchboard.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.switchboard.security.dev.DevKeys;
import io.switchboard.security.dev.DevTokens;
import java.util.Map;

/** Makes the application under test trust the tokens that {@link TestTokens} signs, and only those. */
public class JwtResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        var folder = SharedInfrastructure.keyFolder();
        DevKeys.loadOrCreate(folder);
        return Map.of(
                "mp.jwt.verify.publickey.location",
                DevKeys.publicKeyFile(folder).toUri().toString(),
                "mp.jwt.verify.issuer",
                DevTokens.ISSUER);
    }

    @Override
    public void stop() {
        // The keys live as long as the JVM.
    }
}
