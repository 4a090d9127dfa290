package io.switchboard.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Topic names of the Switchboard contract (DESIGN.md section 2). Services and tests use these constants. */
public final class Topics {

    /** Suffix of every dead-letter topic. */
    public static final String DLQ_SUFFIX = ".dlq";

    public static final String ZOOM_MEETING = "zoom.meeting";
    public static final String ZOOM_WEBINAR = "zoom.webinar";
    public static final String ZOOM_PHONE = "zoom.phone";
    public static final String ZOOM_RECORDING = "zoom.recording";
    public static final String ZOOM_USER = "zoom.user";
    public static final String ZOOM_APP = "zoom.app";
    public static final String ZOOM_UNROUTED = "zoom.unrouted";

    public static final String CONNECTIONS = "switchboard.connections";
    public static final String ZOOM_USERS = "switchboard.zoom-users";
    public static final String MAPPINGS = "switchboard.mappings";
    public static final String PROFILES = "switchboard.profiles";
    public static final String ACTIVITIES = "switchboard.activities";
    public static final String LICENSE_ACTIONS = "switchboard.license-actions";

    private static final List<TopicSpec> PRIMARY = List.of(
            new TopicSpec(ZOOM_MEETING, false),
            new TopicSpec(ZOOM_WEBINAR, false),
            new TopicSpec(ZOOM_PHONE, false),
            new TopicSpec(ZOOM_RECORDING, false),
            new TopicSpec(ZOOM_USER, false),
            new TopicSpec(ZOOM_APP, false),
            new TopicSpec(ZOOM_UNROUTED, false),
            new TopicSpec(CONNECTIONS, false),
            new TopicSpec(ZOOM_USERS, true),
            new TopicSpec(MAPPINGS, true),
            new TopicSpec(PROFILES, false),
            new TopicSpec(ACTIVITIES, false),
            new TopicSpec(LICENSE_ACTIONS, false));

    /**
     * The event types each topic carries ({@code family.*} for a whole family); a topic not listed carries any
     * type. A record of another type on a listed topic can never be processed: consumers dead-letter it.
     */
    private static final Map<String, List<String>> TYPES = Map.ofEntries(
            Map.entry(ZOOM_MEETING, List.of("meeting.*")),
            Map.entry(ZOOM_WEBINAR, List.of("webinar.*")),
            Map.entry(ZOOM_PHONE, List.of("phone.*")),
            Map.entry(ZOOM_RECORDING, List.of("recording.*")),
            Map.entry(ZOOM_USER, List.of("user.*")),
            Map.entry(ZOOM_APP, List.of("app_deauthorized", "account.*")),
            Map.entry(CONNECTIONS, List.of("connection.*")),
            Map.entry(ZOOM_USERS, List.of("zoom_user.*")),
            Map.entry(MAPPINGS, List.of("mapping.*")),
            Map.entry(PROFILES, List.of("profile.*")),
            Map.entry(ACTIVITIES, List.of("activity.*")),
            Map.entry(LICENSE_ACTIONS, List.of("license.*")));

    private Topics() {}

    /** Whether {@code type} is an event type that {@code topic} carries (the topic's own dead letters too). */
    public static boolean carries(String topic, String type) {
        String source = topic.endsWith(DLQ_SUFFIX) ? topic.substring(0, topic.length() - DLQ_SUFFIX.length()) : topic;
        List<String> patterns = TYPES.get(source);
        if (patterns == null) {
            return true;
        }
        return patterns.stream()
                .anyMatch(pattern -> pattern.endsWith(".*")
                        ? type.startsWith(pattern.substring(0, pattern.length() - 1))
                        : pattern.equals(type));
    }

    /**
     * The event types {@code topic} carries, as patterns ({@code family.*} for a whole family), in the order of
     * DESIGN.md; empty for a topic that carries any type ({@code zoom.unrouted}) and for a topic not of the contract.
     */
    public static List<String> eventTypes(String topic) {
        return TYPES.getOrDefault(topic, List.of());
    }

    /** The dead-letter topic name for {@code topic}. */
    public static String dlq(String topic) {
        return topic + DLQ_SUFFIX;
    }

    /** The topics of the contract, without their dead-letter topics. */
    public static List<TopicSpec> primary() {
        return PRIMARY;
    }

    /** Every topic of the contract followed by every dead-letter topic: what a fresh cluster needs. */
    public static List<TopicSpec> all() {
        List<TopicSpec> all = new ArrayList<>(PRIMARY);
        PRIMARY.forEach(topic -> all.add(topic.deadLetter()));
        return List.copyOf(all);
    }
}
