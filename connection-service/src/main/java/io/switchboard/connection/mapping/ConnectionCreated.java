package io.switchboard.connection.mapping;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A connection that is active now (confirmed OAuth, or Server-to-Server). */
public record ConnectionCreated(
        @Schema(examples = "3f2c1e9a-8d4b-4c1e-9f7a-2b6d5e8c1a00")
        UUID connectionId) {}
