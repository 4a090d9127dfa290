package io.switchboard.connection.mapping;

import io.switchboard.connection.repository.ConnectionStatus;
import io.switchboard.connection.repository.ConnectionType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A connection as the REST API shows it: never a token or a secret. */
public record ConnectionView(
        UUID id,
        String orgId,
        ConnectionType type,
        ConnectionStatus status,
        String zoomAccountId,
        List<String> grantedScopes,
        List<String> missingScopes,
        Instant createdAt,
        Instant lastRefreshAt,
        String lastError) {}
