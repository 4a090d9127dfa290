package io.switchboard.zoom.api;

import io.switchboard.simulator.EmbeddedZoomSimulator;
import io.switchboard.simulator.SimulatorSettings;
import io.switchboard.simulator.ZoomSimulator;
import io.switchboard.simulator.service.ApiCounters;
import io.switchboard.zoom.api.auth.AccessToken;
import io.vertx.mutiny.core.Vertx;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The real simulated Zoom, in-process, with one Server-to-Server app per test account; a connection id stands for
 * each account. Also the Vert.x the client under test runs on.
 */
final class SimulatedZoom implements AutoCloseable {

    private static final String SCOPES = "user:read:admin report:read:admin phone:read:admin";

    private final EmbeddedZoomSimulator zoom;
    private final Vertx vertx = Vertx.vertx();
    private final Map<UUID, String> accounts = new LinkedHashMap<>();

    private SimulatedZoom(EmbeddedZoomSimulator zoom, String... accountIds) {
        this.zoom = zoom;
        for (String account : accountIds) {
            accounts.put(UUID.nameUUIDFromBytes(account.getBytes(StandardCharsets.UTF_8)), account);
        }
    }

    /** A simulator on {@code settings} with an app on each of {@code accountIds}. */
    static SimulatedZoom start(SimulatorSettings settings, String... accountIds) {
        SimulatorSettings withApps = settings;
        for (String account : accountIds) {
            withApps = withApps.withApp(
                    clientId(account), SimulatorSettings.App.serverToServer(secret(account), account, SCOPES));
        }
        return new SimulatedZoom(EmbeddedZoomSimulator.start(withApps, 0), accountIds);
    }

    /** The connection that stands for {@code accountId}. */
    UUID connection(String accountId) {
        return accounts.entrySet().stream()
                .filter(entry -> entry.getValue().equals(accountId))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
    }

    String account(UUID connectionId) {
        return accounts.get(connectionId);
    }

    /** A fresh access token of {@code accountId} from the simulator's OAuth server. */
    AccessToken issue(String accountId) {
        var issued = simulator().oauth().accountCredentials(clientId(accountId), secret(accountId), accountId);
        return new AccessToken(issued.accessToken(), Instant.now().plusSeconds(issued.expiresIn()), accountId);
    }

    /** Zoom revokes {@code token}. */
    void revoke(AccessToken token) {
        String account = token.zoomAccountId();
        simulator().oauth().revoke(clientId(account), secret(account), token.value());
    }

    /** The client's settings against this simulator. */
    ZoomApiSettings settings() {
        return ZoomApiSettings.defaults(zoom.baseUrl() + "/v2");
    }

    ZoomSimulator simulator() {
        return zoom.simulator();
    }

    ApiCounters counters() {
        return simulator().apiCounters();
    }

    Vertx vertx() {
        return vertx;
    }

    @Override
    public void close() {
        simulator().faults().clear();
        vertx.closeAndAwait();
        zoom.close();
    }

    private static String clientId(String account) {
        return "app-" + account;
    }

    private static String secret(String account) {
        return "secret-" + account;
    }
}
