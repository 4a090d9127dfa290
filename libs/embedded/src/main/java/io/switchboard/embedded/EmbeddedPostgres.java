package io.switchboard.embedded;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * A real PostgreSQL server run from the zonky binaries as a child process, on 127.0.0.1 with trust
 * authentication for the {@value #USER} user.
 *
 * <p>The server lives under a {@link ProcessWatchdog}, so it stops with this JVM even when the JVM is killed. The
 * data folder is kept when it already holds a cluster (the local stack keeps its data across restarts).
 */
public final class EmbeddedPostgres implements AutoCloseable {

    public static final String USER = "postgres";
    private static final Logger LOG = Logger.getLogger(EmbeddedPostgres.class);
    private static final String READY = "database system is ready to accept connections";

    private final Path dataDirectory;
    private final int port;
    private final boolean durable;
    private Process server;

    private EmbeddedPostgres(Path dataDirectory, int port, boolean durable) {
        this.dataDirectory = dataDirectory.toAbsolutePath();
        this.port = port;
        this.durable = durable;
    }

    /**
     * A server on {@code dataDirectory}.
     *
     * @param port the TCP port, or 0 for a free one
     * @param durable false turns off fsync and friends: for throw-away test data only
     */
    public static EmbeddedPostgres create(Path dataDirectory, int port, boolean durable) {
        return new EmbeddedPostgres(dataDirectory, port == 0 ? FreePorts.next() : port, durable);
    }

    /** Initialises the cluster if needed, starts the server and waits until it accepts connections. */
    public synchronized EmbeddedPostgres start(Duration timeout) {
        if (server != null) {
            return this;
        }
        Path installation = PostgresBinaries.installation();
        try {
            Files.createDirectories(dataDirectory);
            Files.setPosixFilePermissions(dataDirectory, PosixFilePermissions.fromString("rwx------"));
            Privileges.handOver(dataDirectory);
            if (!Files.exists(dataDirectory.resolve("PG_VERSION"))) {
                initdb(installation);
            }
            server = new ProcessBuilder(
                            ProcessWatchdog.wrap("INT", Privileges.unprivileged(serverCommand(installation))))
                    .redirectErrorStream(true)
                    .start();
            awaitReady(timeout);
            LOG.debugf("PostgreSQL ready on port %d with data in %s", port, dataDirectory);
            return this;
        } catch (IOException e) {
            close();
            throw new UncheckedIOException("Could not start PostgreSQL in " + dataDirectory, e);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private void initdb(Path installation) throws IOException {
        List<String> command = List.of(
                installation.resolve("bin/initdb").toString(),
                "--pgdata=" + dataDirectory,
                "--username=" + USER,
                "--auth=trust",
                "--encoding=UTF8",
                "--no-locale",
                "--no-sync");
        Process initdb = new ProcessBuilder(Privileges.unprivileged(command))
                .redirectErrorStream(true)
                .start();
        String output = new String(initdb.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!initdb.waitFor(2, TimeUnit.MINUTES) || initdb.exitValue() != 0) {
                initdb.destroyForcibly();
                throw new IllegalStateException("initdb failed in " + dataDirectory + ":\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            initdb.destroyForcibly();
            throw new IllegalStateException("Interrupted while running initdb", e);
        }
    }

    private List<String> serverCommand(Path installation) {
        List<String> command = new ArrayList<>(List.of(
                installation.resolve("bin/postgres").toString(),
                "-D",
                dataDirectory.toString(),
                "-p",
                Integer.toString(port),
                "-c",
                "listen_addresses=127.0.0.1",
                "-c",
                "unix_socket_directories="));
        for (String setting : settings(durable)) {
            command.add("-c");
            command.add(setting);
        }
        return command;
    }

    /**
     * The server's settings besides its address ({@code name=value}, each for a {@code -c}): room for every
     * service's pool, WAL buffers as deploy/k8s sets them (16 MB), warnings only in the log, and for throw-away data
     * ({@code durable} false) no fsync. libs/testing's
     * containers infrastructure runs the postgres image with the same.
     */
    public static List<String> settings(boolean durable) {
        List<String> settings = new ArrayList<>(List.of(
                "max_connections=300",
                "wal_buffers=16MB",
                "log_min_messages=warning",
                "log_min_duration_statement=-1"));
        if (!durable) {
            settings.addAll(List.of("fsync=off", "synchronous_commit=off", "full_page_writes=off"));
        }
        return List.copyOf(settings);
    }

    private void awaitReady(Duration timeout) {
        Path logFile = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".log");
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Thread pump = new Thread(() -> pumpLog(logFile, ready), "postgres-log-" + port);
        pump.setDaemon(true);
        pump.start();
        try {
            ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("PostgreSQL did not become ready within " + timeout + "; see " + logFile);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage() + "; see " + logFile, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for PostgreSQL", e);
        }
    }

    private void pumpLog(Path logFile, CompletableFuture<Void> ready) {
        try (var reader = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
                Writer log = Files.newBufferedWriter(
                        logFile, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            String line;
            while ((line = reader.readLine()) != null) {
                log.write(line);
                log.write('\n');
                log.flush();
                if (!ready.isDone() && line.contains(READY)) {
                    ready.complete(null);
                }
            }
            ready.completeExceptionally(new IllegalStateException("PostgreSQL exited before it was ready"));
        } catch (IOException e) {
            ready.completeExceptionally(e);
        }
    }

    public int port() {
        return port;
    }

    /** A JDBC URL for {@code database}. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** A Vert.x reactive client URL for {@code database}. */
    public String reactiveUrl(String database) {
        return "postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Quarkus datasource settings (reactive for the app, JDBC for Flyway) that point at {@code database}. */
    public Map<String, String> quarkusConfig(String database) {
        return Map.of(
                "quarkus.datasource.reactive.url",
                reactiveUrl(database),
                "quarkus.datasource.jdbc.url",
                jdbcUrl(database),
                "quarkus.datasource.username",
                USER,
                "quarkus.datasource.password",
                USER);
    }

    /** Creates {@code database} unless it exists. */
    public void createDatabase(String database) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain database name: " + database);
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), USER, "");
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (var rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("create database " + database);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database, e);
        }
    }

    /** Stops the server (fast shutdown) and waits for it. */
    @Override
    public synchronized void close() {
        if (server == null) {
            return;
        }
        server.destroy();
        try {
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.descendants().forEach(ProcessHandle::destroyForcibly);
                server.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.descendants().forEach(ProcessHandle::destroyForcibly);
            server.destroyForcibly();
        }
        server = null;
    }
}
