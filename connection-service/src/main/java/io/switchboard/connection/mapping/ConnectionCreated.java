package io.switchboard.connection.mapping;

import java.util.UUID;

/** A connection that is active now (confirmed OAuth, or Server-to-Server). */
public record ConnectionCreated(UUID connectionId) {}
