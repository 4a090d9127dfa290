package io.switchboard.activity.mapping;

import java.time.LocalDate;

/**
 * One person's Zoom activity in one ISO week (Monday, UTC).
 *
 * @param minutesInMeetings minutes in meetings and webinars: the whole of those hosted, the minutes present in those
 *     attended
 * @param collaborators distinct other people of the organisation who shared a meeting, webinar or call with them
 */
public record WeeklySummary(
        LocalDate weekStart,
        int meetingsHosted,
        int meetingsAttended,
        int webinarsHosted,
        int webinarsAttended,
        int minutesInMeetings,
        int callsPlaced,
        int callsReceived,
        int callsMissed,
        int collaborators) {}
