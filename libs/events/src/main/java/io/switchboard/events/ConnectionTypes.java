package io.switchboard.events;

/** The event types of {@code switchboard.connections}, keyed by connection id; written by connection-service. */
public final class ConnectionTypes {

    /** An organisation connected a Zoom account (OAuth confirmed, or a Server-to-Server app checked with Zoom). */
    public static final String ESTABLISHED = "connection.established";

    /** Zoom refuses the connection's grant: an admin must connect again; no token is handed out meanwhile. */
    public static final String REAUTH_REQUIRED = "connection.reauth_required";

    /** A connection that needed re-authorisation is authorised again. */
    public static final String RESTORED = "connection.restored";

    /** The connection ended (removed by the organisation, or the app was uninstalled at Zoom); tokens are erased. */
    public static final String REMOVED = "connection.removed";

    /** Someone asked every service to re-read the connection's data from Zoom. */
    public static final String SYNC_REQUESTED = "connection.sync_requested";

    private ConnectionTypes() {}
}
