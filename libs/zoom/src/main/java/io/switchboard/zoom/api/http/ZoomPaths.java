package io.switchboard.zoom.api.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Path segments as Zoom wants them: percent-encoded once, meeting UUIDs twice when Zoom's rule says so. */
public final class ZoomPaths {

    private ZoomPaths() {}

    /** {@code value} percent-encoded as one path segment. */
    public static String segment(String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("A path segment must not be empty");
        }
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * A meeting UUID as a path segment: encoded twice when it starts with {@code /} or contains {@code //} (Zoom's
     * rule), otherwise once.
     */
    public static String meetingUuid(String uuid) {
        String once = segment(uuid);
        return needsDoubleEncoding(uuid) ? segment(once) : once;
    }

    /** Whether Zoom wants {@code uuid} encoded twice. */
    public static boolean needsDoubleEncoding(String uuid) {
        return uuid.startsWith("/") || uuid.contains("//");
    }
}
