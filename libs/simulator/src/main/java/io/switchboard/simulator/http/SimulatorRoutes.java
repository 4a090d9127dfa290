package io.switchboard.simulator.http;

import io.switchboard.simulator.ZoomSimulator;
import io.vertx.ext.web.Router;

/** Every route of the simulator: Zoom's OAuth and REST API v2 surfaces, and the control API under {@code /_sim}. */
public final class SimulatorRoutes {

    private SimulatorRoutes() {}

    /** Adds the simulator's routes to {@code router} (the zoom-simulator service's, or an in-process server's). */
    public static void mount(Router router, ZoomSimulator simulator) {
        // Answers are counted first, so that faults count too.
        router.route("/v2/*").handler(new CountingHandler(simulator.oauth(), simulator.apiCounters()));
        // Bodies are read before a fault can hold the request back: a paused read would lose them.
        router.route("/v2/*")
                .handler(Http.body())
                .handler(new FaultHandler(simulator.faults(), simulator.oauth(), false));
        router.route("/oauth/token")
                .handler(Http.body())
                .handler(new FaultHandler(simulator.faults(), simulator.oauth(), true));
        new OAuthRoutes(simulator.oauth(), simulator.settings().consent()).mount(router);
        new LicenceRoutes(simulator.gate(), simulator.directory(), simulator.licences(), simulator.plans())
                .mount(router);
        new UsersRoutes(simulator.gate(), simulator.directory(), simulator.plans()).mount(router);
        new AccountRoutes(simulator.gate(), simulator.licences()).mount(router);
        new ActivityRoutes(simulator.gate(), simulator.history(), simulator.pages()).mount(router);
        new ControlRoutes(simulator).mount(router);
        new DirectoryControlRoutes(simulator).mount(router);
        new HistoryControlRoutes(simulator).mount(router);
    }
}
