package io.switchboard.connection.repository;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** How a connection is authorised at Zoom. */
public enum ConnectionType {
    /** A user-managed OAuth app: authorisation code with PKCE, then rotating refresh tokens. */
    OAUTH("oauth"),
    /** A Server-to-Server OAuth app: the account's credentials grant a token on demand. */
    SERVER_TO_SERVER("server_to_server");

    private final String wire;

    ConnectionType(String wire) {
        this.wire = wire;
    }

    /** The name stored in the database and shown in the API and events. */
    @JsonValue
    public String wire() {
        return wire;
    }

    /** The type stored as {@code wire}. */
    public static ConnectionType fromWire(String wire) {
        return Arrays.stream(values())
                .filter(type -> type.wire.equals(wire))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown connection type " + wire));
    }
}
