package io.switchboard.zoom.api.model;

import java.time.Instant;
import java.util.List;

/** {@code GET /past_meetings/{meetingId}/instances}: the ended instances of a meeting id, each with its UUID. */
public record MeetingInstances(List<Instance> meetings) {

    public MeetingInstances {
        meetings = meetings == null ? List.of() : List.copyOf(meetings);
    }

    /** One ended instance. */
    public record Instance(String uuid, Instant startTime) {}
}
