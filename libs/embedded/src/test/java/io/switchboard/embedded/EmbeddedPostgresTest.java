package io.switchboard.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresTest {

    @TempDir
    Path folder;

    @BeforeEach
    void letTheUnprivilegedServerUserReachTheFolder() throws IOException {
        // When the tests run as root, PostgreSQL runs as 'nobody', which must be able to enter the folder.
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx--x--x"));
    }

    @Test
    void keepsDataAcrossRestartsOfTheSameFolder() throws SQLException {
        Path data = folder.resolve("data");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.create(data, 0, true).start(Duration.ofMinutes(2))) {
            postgres.createDatabase("kept");
            try (var connection = DriverManager.getConnection(postgres.jdbcUrl("kept"), EmbeddedPostgres.USER, "");
                    var statement = connection.createStatement()) {
                statement.execute("create table note(body text)");
                statement.execute("insert into note values ('survives a restart')");
            }
        }
        try (EmbeddedPostgres postgres = EmbeddedPostgres.create(data, 0, true).start(Duration.ofMinutes(2));
                var connection = DriverManager.getConnection(postgres.jdbcUrl("kept"), EmbeddedPostgres.USER, "");
                var rows = connection.createStatement().executeQuery("select body from note")) {
            rows.next();
            assertEquals("survives a restart", rows.getString(1));
        }
    }

    @Test
    void stopsTheServerOnClose() throws SQLException {
        EmbeddedPostgres postgres =
                EmbeddedPostgres.create(folder.resolve("data"), 0, false).start(Duration.ofMinutes(2));
        String url = postgres.jdbcUrl("postgres");
        DriverManager.getConnection(url, EmbeddedPostgres.USER, "").close();
        postgres.close();
        assertThrows(SQLException.class, () -> DriverManager.getConnection(url, EmbeddedPostgres.USER, ""));
    }

    @Test
    void createDatabaseIsIdempotentAndRefusesOddNames() {
        try (EmbeddedPostgres postgres =
                EmbeddedPostgres.create(folder.resolve("data"), 0, false).start(Duration.ofMinutes(2))) {
            postgres.createDatabase("twice");
            postgres.createDatabase("twice");
            assertThrows(IllegalArgumentException.class, () -> postgres.createDatabase("x; drop database postgres"));
        }
    }
}
