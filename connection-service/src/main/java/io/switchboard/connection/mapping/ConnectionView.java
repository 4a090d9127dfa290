package io.switchboard.connection.mapping;

import io.switchboard.connection.repository.ConnectionStatus;
import io.switchboard.connection.repository.ConnectionType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A connection as the REST API shows it: never a token or a secret. */
public record ConnectionView(
        @Schema(examples = "3f2c1e9a-8d4b-4c1e-9f7a-2b6d5e8c1a00")
        UUID id,

        @Schema(examples = "acme") String orgId,
        @Schema(examples = "oauth") ConnectionType type,
        @Schema(examples = "active") ConnectionStatus status,
        @Schema(examples = "SIMACCOUNT00000001") String zoomAccountId,

        @Schema(examples = "[\"user:read:admin\", \"meeting:read:admin\"]")
        List<String> grantedScopes,

        @Schema(description = "Required scopes Zoom did not grant", examples = "[]")
        List<String> missingScopes,

        @Schema(examples = "2026-03-02T09:15:00Z") Instant createdAt,
        @Schema(examples = "2026-03-02T10:14:58Z") Instant lastRefreshAt,

        @Schema(description = "Why the last refresh failed, or null")
        String lastError) {}
