package io.switchboard.connection.mapping;

import java.util.UUID;

/** A started OAuth connection: send the admin's browser to {@code authorizeUrl}. */
public record ConnectStarted(UUID connectionId, String authorizeUrl) {}
