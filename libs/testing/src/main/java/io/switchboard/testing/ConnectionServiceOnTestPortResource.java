package io.switchboard.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * A fixed free port for the application under test, which also plays connection-service's access-token endpoint
 * there (a test resource of the module): {@code switchboard.connection-service.url} points at the app itself.
 */
public class ConnectionServiceOnTestPortResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        try (ServerSocket socket = new ServerSocket(0)) {
            int port = socket.getLocalPort();
            return Map.of(
                    "quarkus.http.test-port",
                    Integer.toString(port),
                    "switchboard.connection-service.url",
                    "http://127.0.0.1:" + port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        // Nothing to stop: the port belongs to the application under test.
    }
}
