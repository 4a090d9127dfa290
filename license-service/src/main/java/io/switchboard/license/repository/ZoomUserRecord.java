package io.switchboard.license.repository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The licence fields of a Zoom user as {@code switchboard.zoom-users} carries them, ready to store. */
public record ZoomUserRecord(
        UUID connectionId,
        String zoomUserId,
        String orgId,
        String email,
        String firstName,
        String lastName,
        int licenseType,
        String status,
        String roleId,
        String lastClientVersion,
        Instant lastLoginAt,
        Instant createdAt,
        boolean emailVerified,
        List<String> groupIds) {}
