package io.switchboard.activity.mapping;

import java.util.List;

/** A timeline entry with the participants of its meeting or webinar (empty for a call). */
public record ActivityDetail(ActivityView activity, List<ParticipantView> participants) {}
