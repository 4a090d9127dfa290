package io.switchboard.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * PostgreSQL refuses to run as root. When this JVM is root, server commands run as the unprivileged
 * {@code nobody} user through util-linux {@code setpriv}, and the directories they write are handed to it.
 */
final class Privileges {

    static final String UNPRIVILEGED_USER = "nobody";
    private static final String UNPRIVILEGED_GROUP = "nogroup";
    private static final int UNPRIVILEGED_ID = 65534;

    private Privileges() {}

    static boolean runningAsRoot() {
        try {
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** The command, prefixed so that it runs unprivileged when this JVM is root. */
    static List<String> unprivileged(List<String> command) {
        if (!runningAsRoot()) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of(
                "setpriv",
                "--reuid=" + UNPRIVILEGED_ID,
                "--regid=" + UNPRIVILEGED_ID,
                "--clear-groups",
                "--inh-caps=-all"));
        wrapped.addAll(command);
        return wrapped;
    }

    /** Gives {@code directory} and everything below it to the unprivileged user, when this JVM is root. */
    static void handOver(Path directory) {
        if (!runningAsRoot()) {
            return;
        }
        requireTraversable(directory);
        try {
            UserPrincipalLookupService lookup = directory.getFileSystem().getUserPrincipalLookupService();
            UserPrincipal user = lookup.lookupPrincipalByName(UNPRIVILEGED_USER);
            GroupPrincipal group = lookup.lookupPrincipalByGroupName(UNPRIVILEGED_GROUP);
            try (Stream<Path> tree = Files.walk(directory)) {
                for (Path path : (Iterable<Path>) tree::iterator) {
                    Files.setOwner(path, user);
                    Files.getFileAttributeView(path, java.nio.file.attribute.PosixFileAttributeView.class)
                            .setGroup(group);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not hand " + directory + " to user " + UNPRIVILEGED_USER, e);
        }
    }

    private static void requireTraversable(Path directory) {
        for (Path dir = directory.toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
            try {
                int mode = (Integer) Files.getAttribute(dir, "unix:mode");
                if ((mode & 0001) == 0) {
                    throw new IllegalStateException("PostgreSQL runs as user '" + UNPRIVILEGED_USER
                            + "' because this process is root, but " + dir
                            + " is not searchable by other users (chmod o+x it, or choose a data folder elsewhere).");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
