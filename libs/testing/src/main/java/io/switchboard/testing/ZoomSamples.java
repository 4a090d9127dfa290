package io.switchboard.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Zoom payload samples of {@code ../shared/zoom-samples} (next to the repository), used as test fixtures. The
 * location can be set with the system property {@code switchboard.zoom-samples}.
 */
public final class ZoomSamples {

    private ZoomSamples() {}

    /** The samples folder; fails with a clear message when it is not there. */
    public static Path folder() {
        String configured = System.getProperty("switchboard.zoom-samples");
        Path folder = configured != null ? Path.of(configured) : Path.of("..", "..", "shared", "zoom-samples");
        if (!Files.isDirectory(folder.resolve("webhooks"))) {
            throw new IllegalStateException("Zoom samples not found at " + folder.toAbsolutePath()
                    + ": the shared/ folder must sit next to the repository");
        }
        return folder;
    }

    /** The webhook event bodies (every {@code webhooks/*.json} that is a Zoom event, not the helper files). */
    public static List<Path> webhookEvents() {
        try (Stream<Path> files = Files.list(folder().resolve("webhooks"))) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json"))
                    .filter(file -> !file.getFileName().toString().startsWith("_"))
                    .filter(file -> !file.getFileName().toString().endsWith(".response.json"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The raw bytes of one webhook sample, for example {@code meeting.started}. */
    public static byte[] webhook(String event) {
        try {
            return Files.readAllBytes(folder().resolve("webhooks").resolve(event + ".json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
