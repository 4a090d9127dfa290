package io.switchboard.embedded;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/** Starts PostgreSQL, prints its port and waits forever: the JVM that {@link NoStrayProcessTest} kills. */
public final class PostgresHolder {

    private PostgresHolder() {}

    public static void main(String[] args) throws InterruptedException {
        EmbeddedPostgres postgres =
                EmbeddedPostgres.create(Path.of(args[0]), 0, false).start(Duration.ofMinutes(2));
        System.out.println("PORT " + postgres.port());
        System.out.flush();
        new CountDownLatch(1).await();
    }
}
