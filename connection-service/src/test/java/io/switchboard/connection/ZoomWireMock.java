package io.switchboard.connection;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** A fake Zoom (OAuth and API) for this module's tests, started once per test JVM. Only Zoom is ever faked. */
public class ZoomWireMock implements QuarkusTestResourceLifecycleManager {

    static final String CLIENT_ID = "test-client";
    static final String CLIENT_SECRET = "test-client-secret";
    static final String DASHBOARD = "http://dashboard.test/connections";

    private static WireMockServer server;

    /** The running fake, for stubbing and verifying calls. */
    static synchronized WireMockServer server() {
        if (server == null) {
            server = new WireMockServer(
                    WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "zoom-wiremock-stop"));
        }
        return server;
    }

    @Override
    public Map<String, String> start() {
        String base = "http://127.0.0.1:" + server().port();
        return Map.of(
                "switchboard.zoom.oauth-base-url", base,
                "switchboard.zoom.api-base-url", base + "/v2",
                "switchboard.zoom.client-id", CLIENT_ID,
                "switchboard.zoom.client-secret", CLIENT_SECRET,
                "switchboard.zoom.redirect-uri", "http://localhost:8081/oauth/zoom/callback",
                "switchboard.connection.dashboard-url", DASHBOARD);
    }

    @Override
    public void stop() {
        // Shared by every test class of the JVM; stopped when the JVM exits.
    }
}
