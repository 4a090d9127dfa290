package io.switchboard.testing;

import io.switchboard.simulator.EmbeddedZoomSimulator;
import io.switchboard.simulator.SimulatorSettings;
import java.time.Duration;

/**
 * The simulated Zoom of one test JVM: started in-process on first use, shared by every test class (across Quarkus
 * restarts too: its address is a system property), stopped when the JVM exits. Tests drive it through its control
 * API under {@code /_sim} at {@link #baseUrl()}.
 */
public final class TestZoom {

    /** An OAuth app installed on {@link #OAUTH_ACCOUNT}. */
    public static final String OAUTH_CLIENT_ID = "switchboard-test";

    public static final String OAUTH_CLIENT_SECRET = "switchboard-test-secret";

    public static final String OAUTH_ACCOUNT = "SIMACCOUNTTEST00001";

    /** A Server-to-Server app owned by {@link #S2S_ACCOUNT}. */
    public static final String S2S_CLIENT_ID = "switchboard-test-s2s";

    public static final String S2S_CLIENT_SECRET = "switchboard-test-s2s-secret";

    public static final String S2S_ACCOUNT = "SIMACCOUNTTEST00002";

    private static final String URL_PROPERTY = "switchboard.test.zoom.base-url";
    private static final String SCOPES = "user:read:admin meeting:read:admin report:read:admin phone:read:admin";

    private TestZoom() {}

    /** For example {@code http://127.0.0.1:41234}: OAuth under {@code /oauth}, the API under {@code /v2}. */
    public static String baseUrl() {
        synchronized (System.getProperties()) {
            String running = System.getProperty(URL_PROPERTY);
            if (running != null) {
                return running;
            }
            EmbeddedZoomSimulator zoom = EmbeddedZoomSimulator.start(settings(), 0);
            Runtime.getRuntime().addShutdownHook(new Thread(zoom::close, "stop-zoom-simulator"));
            System.setProperty(URL_PROPERTY, zoom.baseUrl());
            return zoom.baseUrl();
        }
    }

    /** Zoom's defaults, the two test apps, and access tokens that live ten minutes. */
    static SimulatorSettings settings() {
        return SimulatorSettings.defaults()
                .withAccessTokenLifetime(Duration.ofMinutes(10))
                .withApp(OAUTH_CLIENT_ID, SimulatorSettings.App.oauth(OAUTH_CLIENT_SECRET, OAUTH_ACCOUNT, SCOPES))
                .withApp(S2S_CLIENT_ID, SimulatorSettings.App.serverToServer(S2S_CLIENT_SECRET, S2S_ACCOUNT, SCOPES));
    }
}
