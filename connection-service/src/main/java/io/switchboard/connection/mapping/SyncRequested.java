package io.switchboard.connection.mapping;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The id of the {@code connection.sync_requested} event that was committed. */
public record SyncRequested(
        @Schema(examples = "9c1d7e2a-4b3f-4a8e-b6d5-0f2e1c3a5b70")
        UUID eventId) {}
