package io.switchboard.embedded;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JVM that is killed with SIGKILL must not leave its PostgreSQL server running. */
class NoStrayProcessTest {

    @TempDir
    Path folder;

    @Test
    void postgresStopsWhenItsJvmIsKilled() throws Exception {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx--x--x"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(List.of(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        PostgresHolder.class.getName(),
                        folder.resolve("data").toString()))
                .redirectErrorStream(true)
                .start();
        int port;
        try (var out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            String portLine = null;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("PORT ")) {
                    portLine = line;
                    break;
                }
            }
            assertTrue(portLine != null, "the holder JVM did not start PostgreSQL");
            port = Integer.parseInt(portLine.substring(5).trim());
            assertTrue(accepts(port), "PostgreSQL should accept connections while its JVM lives");

            holder.destroyForcibly().waitFor();

            await().atMost(Duration.ofSeconds(30)).until(() -> !accepts(port));
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
