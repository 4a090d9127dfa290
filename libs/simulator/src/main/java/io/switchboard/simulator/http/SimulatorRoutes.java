package io.switchboard.simulator.http;

import io.switchboard.simulator.ZoomSimulator;
import io.vertx.ext.web.Router;

/** Every route of the simulator: Zoom's OAuth and REST API v2 surfaces, and the control API under {@code /_sim}. */
public final class SimulatorRoutes {

    private SimulatorRoutes() {}

    /** Adds the simulator's routes to {@code router} (the zoom-simulator service's, or an in-process server's). */
    public static void mount(Router router, ZoomSimulator simulator) {
        // Bodies are read before a fault can hold the request back: a paused read would lose them.
        router.route("/v2/*").handler(Http.body()).handler(new FaultHandler(simulator.faults(), false));
        router.route("/oauth/token").handler(Http.body()).handler(new FaultHandler(simulator.faults(), true));
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
