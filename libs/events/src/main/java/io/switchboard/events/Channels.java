package io.switchboard.events;

/**
 * The names of the SmallRye Reactive Messaging channels the services read, one per topic; each service maps its
 * channels to topics in its {@code application.properties} ({@code mp.messaging.incoming.<channel>.topic}).
 */
public final class Channels {

    /** {@code zoom.app}: Zoom-side uninstalls ({@code app_deauthorized}) and account events. */
    public static final String ZOOM_APP = "zoom-app";

    /** {@code zoom.user}: Zoom's user webhooks. */
    public static final String ZOOM_USER = "zoom-user";

    /** {@code switchboard.connections}: connection lifecycle events. */
    public static final String CONNECTIONS = "switchboard-connections";

    /** {@code switchboard.profiles}: the organisation's directory as internal systems publish it. */
    public static final String PROFILES = "switchboard-profiles";

    /** {@code zoom.meeting}: Zoom's meeting webhooks. */
    public static final String ZOOM_MEETING = "zoom-meeting";

    /** {@code zoom.webinar}: Zoom's webinar webhooks. */
    public static final String ZOOM_WEBINAR = "zoom-webinar";

    /** {@code zoom.phone}: Zoom Phone's call webhooks. */
    public static final String ZOOM_PHONE = "zoom-phone";

    /** {@code switchboard.mappings}: which profile each Zoom user of a connection is mapped to. */
    public static final String MAPPINGS = "switchboard-mappings";

    /** {@code switchboard.zoom-users}: every Zoom user's full record, compacted. */
    public static final String ZOOM_USERS = "switchboard-zoom-users";

    /** {@code switchboard.activities}: timeline entries as activity-service records them. */
    public static final String ACTIVITIES = "switchboard-activities";

    private Channels() {}
}
