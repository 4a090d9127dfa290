package io.switchboard.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points the application under test at the JVM's in-process Zoom simulator ({@link TestZoom}), as the OAuth app
 * {@link TestZoom#OAUTH_CLIENT_ID}. Only Zoom is ever simulated; Kafka and PostgreSQL stay real.
 */
public class ZoomSimulatorResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        String base = TestZoom.baseUrl();
        return Map.of(
                "switchboard.zoom.oauth-base-url",
                base,
                "switchboard.zoom.api-base-url",
                base + "/v2",
                "switchboard.zoom.client-id",
                TestZoom.OAUTH_CLIENT_ID,
                "switchboard.zoom.client-secret",
                TestZoom.OAUTH_CLIENT_SECRET);
    }

    @Override
    public void stop() {
        // Shared by every test class of the JVM; stopped when the JVM exits.
    }
}
