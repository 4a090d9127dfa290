package io.switchboard.connection;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.switchboard.testing.JwtResource;
import io.switchboard.testing.KafkaResource;
import io.switchboard.testing.PostgresResource;
import io.switchboard.testing.ZoomSimulatorResource;
import java.util.List;
import java.util.Map;

/**
 * Connects to the in-process Zoom simulator instead of this module's WireMock stubs: Zoom's own rules (single-use
 * codes, PKCE, rotating refresh tokens, uninstalls) rather than canned answers. Real Kafka and PostgreSQL as always.
 */
public class SimulatedZoomProfile implements QuarkusTestProfile {

    static final String DASHBOARD = "http://dashboard.test/connections";

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(
                new TestResourceEntry(KafkaResource.class),
                new TestResourceEntry(PostgresResource.class),
                new TestResourceEntry(JwtResource.class),
                new TestResourceEntry(ZoomSimulatorResource.class));
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "switchboard.zoom.redirect-uri",
                "http://localhost:8081/oauth/zoom/callback",
                "switchboard.connection.dashboard-url",
                DASHBOARD);
    }
}
