package io.switchboard.zoom.api.model;

import java.time.Instant;

/**
 * A participant of a past meeting ({@code GET /past_meetings/{uuid}/participants}); external guests often have blank
 * ids and emails. {@code duration} is in seconds.
 */
public record Participant(
        String id,
        String userId,
        String name,
        String userEmail,
        String registrantId,
        Instant joinTime,
        Instant leaveTime,
        int duration,
        String status,
        Boolean failover,
        Boolean internalUser) {}
