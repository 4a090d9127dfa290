package io.switchboard.simulator.http;

import io.switchboard.simulator.ZoomSimulator;
import io.vertx.ext.web.Router;

/** Every route of the simulator: Zoom's OAuth and REST API v2 surfaces, and the control API under {@code /_sim}. */
public final class SimulatorRoutes {

    private SimulatorRoutes() {}

    /** Adds the simulator's routes to {@code router} (the zoom-simulator service's, or an in-process server's). */
    public static void mount(Router router, ZoomSimulator simulator) {
        FaultHandler faults = new FaultHandler(simulator.faults());
        router.route("/v2/*").handler(faults);
        router.route("/oauth/token").handler(faults);
        new OAuthRoutes(simulator.oauth(), simulator.settings().consent()).mount(router);
        new UsersRoutes(simulator.gate(), simulator.directory()).mount(router);
        new AccountRoutes(
                        simulator.gate(),
                        simulator.directory(),
                        simulator.settings().seats())
                .mount(router);
        new ActivityRoutes(simulator.gate(), simulator.history(), simulator.pages()).mount(router);
        new ControlRoutes(simulator.oauth(), simulator.faults(), simulator.traffic(), simulator.validation())
                .mount(router);
    }
}
