package io.switchboard.events;

import java.util.ArrayList;
import java.util.List;

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

    private Topics() {}

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
