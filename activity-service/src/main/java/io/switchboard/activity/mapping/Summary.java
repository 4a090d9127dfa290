package io.switchboard.activity.mapping;

import java.time.Instant;
import java.util.List;

/** A person's weekly summaries over [from, to), oldest week first; weeks without activity are left out. */
public record Summary(String profileId, Instant from, Instant to, List<WeeklySummary> weeks) {}
