package io.switchboard.deploy.demo;

import io.switchboard.deploy.demo.Views.Activity;
import io.switchboard.deploy.demo.Views.ActivityPage;
import io.switchboard.deploy.demo.Views.Freshness;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** activity-service as a dashboard reads it: timelines and the organisation's stream, page by page, and freshness. */
final class ActivityReads {

    private static final int MAX_PAGES = 50;

    private final DemoStack stack;
    private final Api admin;

    ActivityReads(DemoStack stack, Api admin) {
        this.stack = stack;
        this.admin = admin;
    }

    String streamUrl(Instant from) {
        return stack.org(stack.activity(), "/activities?from=" + from + "&limit=200");
    }

    String timelineUrl(String profileId) {
        return stack.org(stack.activity(), "/profiles/" + profileId + "/timeline?limit=200");
    }

    String freshnessUrl(UUID connection) {
        return stack.org(stack.activity(), "/connections/" + connection + "/freshness");
    }

    /** Every entry of the organisation's stream since {@code from}, newest first. */
    List<Activity> stream(Instant from) {
        return all(streamUrl(from));
    }

    /** Every entry of a person's timeline, newest first. */
    List<Activity> timeline(String profileId) {
        return all(timelineUrl(profileId));
    }

    Freshness freshness(UUID connection) {
        return admin.get(freshnessUrl(connection), Freshness.class);
    }

    /** Waits until no event of the connection changed anything for {@code quiet}; the last freshness. */
    Freshness settled(UUID connection, Duration quiet, Duration timeout) {
        Instant[] seen = {null, Instant.now()};
        return Await.until(
                "activity-service to record the connection's events (no change for " + quiet.toSeconds() + " s)",
                timeout,
                () -> freshness(connection),
                freshness -> {
                    Instant last = freshness.lastEventAt();
                    if (last == null || !last.equals(seen[0])) {
                        seen[0] = last;
                        seen[1] = Instant.now();
                        return false;
                    }
                    return Duration.between(seen[1], Instant.now()).compareTo(quiet) >= 0;
                });
    }

    private List<Activity> all(String firstPage) {
        List<Activity> entries = new ArrayList<>();
        String url = firstPage;
        for (int page = 0; page < MAX_PAGES && url != null; page++) {
            ActivityPage read = admin.get(url, ActivityPage.class);
            entries.addAll(read.items());
            url = read.nextCursor() == null
                    ? null
                    : firstPage + "&cursor=" + URLEncoder.encode(read.nextCursor(), StandardCharsets.UTF_8);
        }
        return entries;
    }
}
