package io.switchboard.activity.service;

import java.time.Instant;
import java.util.UUID;

/**
 * A timeline entry as derived from Zoom's facts, before it is stored.
 *
 * @param sourceKey what it derives from (kind, connection, meeting id, logical meeting, role), unique per person
 * @param durationSeconds how long it lasted (for an attendee: the time present), null while it runs
 * @param participants distinct participants of the logical meeting, null for a call
 * @param minutesPresent the person's minutes in the meeting, null when unknown
 */
public record TimelineEntry(
        String orgId,
        String profileId,
        UUID connectionId,
        String zoomUserId,
        String type,
        ActivityRole role,
        String sourceKey,
        String title,
        Instant startedAt,
        Instant endedAt,
        Integer durationSeconds,
        Integer participants,
        Integer minutesPresent) {}
