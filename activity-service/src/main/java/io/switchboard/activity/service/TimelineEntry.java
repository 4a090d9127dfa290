package io.switchboard.activity.service;

import java.time.Instant;
import java.util.UUID;

/**
 * A timeline entry as derived from Zoom's facts, before it is stored.
 *
 * @param sourceKey what it derives from (kind, connection, meeting id, logical meeting, role), unique per person
 * @param activityGroup the logical meeting or the call; the entries of everyone who took part share it
 * @param durationSeconds how long it lasted (for an attendee: the time present), null while it runs
 * @param participants distinct participants of the logical meeting, null for a call
 * @param minutesPresent the person's minutes in the meeting, null when unknown
 * @param otherParty the other side of a call (a name, else a number), null for a meeting
 * @param result a call's result as Zoom reports it (answered, missed, voicemail, ...), null for a meeting
 */
public record TimelineEntry(
        String orgId,
        String profileId,
        UUID connectionId,
        String zoomUserId,
        String type,
        ActivityRole role,
        String sourceKey,
        String activityGroup,
        String title,
        Instant startedAt,
        Instant endedAt,
        Integer durationSeconds,
        Integer participants,
        Integer minutesPresent,
        String otherParty,
        String result) {}
