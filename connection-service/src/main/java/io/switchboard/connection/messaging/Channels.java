package io.switchboard.connection.messaging;

/** Messaging channel names of connection-service (tests use them too). */
public final class Channels {

    /** {@code zoom.app}: Zoom-side uninstalls ({@code app_deauthorized}) and account events. */
    public static final String ZOOM_APP = "zoom-app";

    private Channels() {}
}
