package io.switchboard.connection.mapping;

import java.util.UUID;

/** The id of the {@code connection.sync_requested} event that was committed. */
public record SyncRequested(UUID eventId) {}
