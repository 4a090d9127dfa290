package io.switchboard.license.repository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A Zoom user of one connection with its licence fields, as stored, with what other topics tell of it: its role's
 * name, the profile it is mapped to and when it last hosted.
 *
 * @param licenseType Zoom's code: 1 Basic, 2 Licensed, 3 On-prem (older payloads), 4 Unassigned without Meetings
 *     Basic, 99 None
 * @param licensedSince since when the user holds their licence as far as this service saw it; null unless Licensed
 */
public record ZoomAccountRow(
        UUID connectionId,
        String zoomUserId,
        String orgId,
        String email,
        String firstName,
        String lastName,
        int licenseType,
        String status,
        String roleId,
        String roleName,
        String lastClientVersion,
        Instant lastLoginAt,
        Instant createdAt,
        boolean emailVerified,
        List<String> groupIds,
        Instant licensedSince,
        String profileId,
        Instant lastHostedAt) {}
