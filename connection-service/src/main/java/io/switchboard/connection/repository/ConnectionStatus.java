package io.switchboard.connection.repository;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a connection is in its life, and the only place that says which change is allowed:
 *
 * <pre>
 * pending ──callback──▶ active ◀──reconnect── reauth_required
 *    │                  │  ▲ └──dead grant──────────▲      │
 *    │                  │  └─re-authorised           │      │
 *    └──────────────────┴──────────▶ removed ◀───────┴──────┘
 * </pre>
 *
 * {@code removed} is final: a late callback, refresh or deauthorization never brings a connection back.
 */
public enum ConnectionStatus {
    /** The OAuth flow was started; Zoom's answer has not arrived. */
    PENDING("pending"),
    /** Authorised: tokens are stored and handed out. */
    ACTIVE("active"),
    /** Zoom no longer accepts the grant; an admin must connect again. */
    REAUTH_REQUIRED("reauth_required"),
    /** Ended by the organisation or by an uninstall; the tokens are erased. */
    REMOVED("removed");

    private final String wire;

    ConnectionStatus(String wire) {
        this.wire = wire;
    }

    /** The name stored in the database and shown in the API and events. */
    @JsonValue
    public String wire() {
        return wire;
    }

    /** Whether a connection in this status may move to {@code next}. */
    public boolean canBecome(ConnectionStatus next) {
        return next(this).contains(next);
    }

    /** Whether the connection still exists for its organisation (anything but {@code removed}). */
    public boolean live() {
        return this != REMOVED;
    }

    private static Set<ConnectionStatus> next(ConnectionStatus from) {
        return switch (from) {
            case PENDING -> EnumSet.of(ACTIVE, REMOVED);
            case ACTIVE -> EnumSet.of(ACTIVE, REAUTH_REQUIRED, REMOVED);
            case REAUTH_REQUIRED -> EnumSet.of(ACTIVE, REMOVED);
            case REMOVED -> EnumSet.noneOf(ConnectionStatus.class);
        };
    }

    /** The status stored as {@code wire}. */
    public static ConnectionStatus fromWire(String wire) {
        return Arrays.stream(values())
                .filter(status -> status.wire.equals(wire))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown connection status " + wire));
    }
}
