package io.switchboard.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

/** The test JVM's temporary folders (broker logs, database files, token keys). */
final class TemporaryFolders {

    private TemporaryFolders() {}

    /** A new folder under the system's temporary folder, searchable by other users. */
    static Path create(String prefix) {
        try {
            Path folder = Files.createTempDirectory(prefix);
            // Searchable by others: when the tests run as root, PostgreSQL runs as 'nobody' and must enter it.
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx--x--x"));
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes {@code folder} and what it holds, as far as it can. */
    static void deleteQuietly(Path folder) {
        try (Stream<Path> tree = Files.walk(folder)) {
            tree.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // Left for the operating system's temporary-file cleanup.
        }
    }
}
