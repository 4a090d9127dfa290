package io.switchboard.zoom.api.model;

import java.util.List;

/** One page of {@code GET /past_meetings/{uuid}/participants}. */
public record ParticipantsPage(int pageSize, int totalRecords, String nextPageToken, List<Participant> participants)
        implements Page<Participant> {

    @Override
    public List<Participant> items() {
        return participants == null ? List.of() : participants;
    }
}
