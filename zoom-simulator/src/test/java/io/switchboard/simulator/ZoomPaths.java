package io.switchboard.simulator;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Paths as a Zoom client builds them. */
final class ZoomPaths {

    private ZoomPaths() {}

    /** The participants of a past meeting: its UUID encoded once, or twice when it starts with '/' or holds '//'. */
    static String participants(String uuid) {
        String once = URLEncoder.encode(uuid, StandardCharsets.UTF_8);
        String encoded =
                uuid.startsWith("/") || uuid.contains("//") ? URLEncoder.encode(once, StandardCharsets.UTF_8) : once;
        return "/v2/past_meetings/" + encoded + "/participants";
    }
}
