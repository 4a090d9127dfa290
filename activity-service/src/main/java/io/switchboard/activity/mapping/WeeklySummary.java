package io.switchboard.activity.mapping;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One person's Zoom activity in one ISO week (Monday, UTC).
 *
 * @param minutesInMeetings minutes in meetings and webinars: the whole of those hosted, the minutes present in those
 *     attended
 * @param collaborators distinct other people of the organisation who shared a meeting, webinar or call with them
 */
public record WeeklySummary(
        @Schema(examples = "2026-03-02") LocalDate weekStart,
        @Schema(examples = "3") int meetingsHosted,
        @Schema(examples = "7") int meetingsAttended,
        @Schema(examples = "0") int webinarsHosted,
        @Schema(examples = "1") int webinarsAttended,
        @Schema(examples = "415") int minutesInMeetings,
        @Schema(examples = "12") int callsPlaced,
        @Schema(examples = "9") int callsReceived,
        @Schema(examples = "2") int callsMissed,
        @Schema(examples = "14") int collaborators) {}
