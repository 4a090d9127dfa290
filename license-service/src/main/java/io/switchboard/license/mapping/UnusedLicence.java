package io.switchboard.license.mapping;

import java.time.Instant;

/**
 * A Licensed user with no activity in the asked window.
 *
 * @param daysInactive whole days since the last activity of the basis (since the licence began when there was none)
 */
public record UnusedLicence(
        String zoomUserId,
        String email,
        String firstName,
        String lastName,
        String roleName,
        String profileId,
        Instant licensedSince,
        Instant lastLoginAt,
        Instant lastHostedAt,
        long daysInactive) {}
