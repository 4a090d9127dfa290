package io.switchboard.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points the application's quarkus-oidc-client at the JVM's development identity provider as service client
 * {@value SharedInfrastructure#SERVICE_CLIENT_ID}, so that it obtains real service tokens with client credentials.
 */
public class ServiceClientResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.oidc-client.auth-server-url", SharedInfrastructure.identityIssuer(),
                "quarkus.oidc-client.client-id", SharedInfrastructure.SERVICE_CLIENT_ID,
                "quarkus.oidc-client.credentials.secret", SharedInfrastructure.SERVICE_CLIENT_SECRET);
    }

    @Override
    public void stop() {
        // The provider lives as long as the JVM.
    }
}
