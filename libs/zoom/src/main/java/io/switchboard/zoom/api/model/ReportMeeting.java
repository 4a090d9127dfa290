package io.switchboard.zoom.api.model;

import java.time.Instant;

/** A past meeting of a host, from {@code GET /report/users/{userId}/meetings}. */
public record ReportMeeting(
        String uuid,
        long id,
        String hostId,
        int type,
        String topic,
        String userName,
        String userEmail,
        Instant startTime,
        Instant endTime,
        int duration,
        int participantsCount) {}
