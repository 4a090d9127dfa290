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

    private Channels() {}
}
