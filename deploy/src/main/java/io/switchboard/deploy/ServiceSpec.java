package io.switchboard.deploy;

import java.nio.file.Path;

/**
 * One Switchboard service of the local stack.
 *
 * @param name the Maven module and process name
 * @param port its HTTP port
 * @param database its PostgreSQL database, or null for a stateless service
 */
public record ServiceSpec(String name, int port, String database) {

    /** The runnable Quarkus application that {@code ./mvnw package} builds for this service. */
    public Path runner(Path repository) {
        return repository.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }
}
