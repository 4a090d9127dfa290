package io.switchboard.simulator.app;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.switchboard.simulator.SimulatorSettings;
import io.switchboard.simulator.ZoomSimulator;
import io.switchboard.simulator.app.config.SimulatorConfig;
import io.switchboard.simulator.http.SimulatorRoutes;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.LinkedHashMap;
import java.util.Map;

/** The zoom-simulator service: one simulated Zoom built from {@code simulator.*}, served on Quarkus' router. */
@ApplicationScoped
public class SimulatorService {

    private final ZoomSimulator simulator;

    public SimulatorService(SimulatorConfig config) {
        this.simulator = new ZoomSimulator(settings(config));
    }

    void routes(@Observes Router router) {
        SimulatorRoutes.mount(router, simulator);
        Log.infof(
                "Simulating Zoom (%s plan, %d apps, consent page %s)",
                simulator.settings().plan(),
                simulator.settings().apps().size(),
                simulator.settings().consent() ? "on" : "off");
    }

    void stop(@Observes ShutdownEvent shutdown) {
        simulator.close();
    }

    static SimulatorSettings settings(SimulatorConfig config) {
        Map<String, SimulatorSettings.App> apps = new LinkedHashMap<>();
        config.apps()
                .forEach((clientId, app) -> apps.put(
                        clientId,
                        new SimulatorSettings.App(
                                app.secret(), app.type(), app.accountId(), app.scopes(), app.redirectUris())));
        return new SimulatorSettings(
                config.accessTokenLifetime(),
                config.codeLifetime(),
                config.plan(),
                config.seats(),
                config.usersPerAccount(),
                config.dailyCap(),
                config.consent(),
                apps);
    }
}
