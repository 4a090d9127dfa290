package io.switchboard.simulator;

import io.switchboard.simulator.http.SimulatorRoutes;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import java.util.concurrent.TimeUnit;

/**
 * The simulator served in-process on its own small Vert.x instance (one event loop): what tests of other modules
 * start instead of a fake Zoom of their own.
 */
public final class EmbeddedZoomSimulator implements AutoCloseable {

    private final Vertx vertx;
    private final HttpServer server;
    private final ZoomSimulator simulator;

    private EmbeddedZoomSimulator(Vertx vertx, HttpServer server, ZoomSimulator simulator) {
        this.vertx = vertx;
        this.server = server;
        this.simulator = simulator;
    }

    /** Starts a simulator with {@code settings} on {@code 127.0.0.1:port} (0 picks a free port). */
    public static EmbeddedZoomSimulator start(SimulatorSettings settings, int port) {
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(4));
        ZoomSimulator simulator = new ZoomSimulator(settings);
        Router router = Router.router(vertx);
        SimulatorRoutes.mount(router, simulator);
        try {
            HttpServer server = vertx.createHttpServer()
                    .requestHandler(router)
                    .listen(port, "127.0.0.1")
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(30, TimeUnit.SECONDS);
            return new EmbeddedZoomSimulator(vertx, server, simulator);
        } catch (Exception e) {
            simulator.close();
            vertx.close();
            throw new IllegalStateException("The Zoom simulator did not start on port " + port, e);
        }
    }

    public int port() {
        return server.actualPort();
    }

    /** For example {@code http://127.0.0.1:41234}: the OAuth base URL; the API is under {@code /v2}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** The simulator itself, for direct control from a test (the control API under /_sim works too). */
    public ZoomSimulator simulator() {
        return simulator;
    }

    @Override
    public void close() {
        simulator.close();
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("The Zoom simulator did not stop", e);
        }
    }
}
