package io.switchboard.activity.mapping;

import java.time.Instant;

/**
 * One report of a Zoom Phone call for one party, from a real-time event or a completed-history record.
 *
 * @param party the Zoom user id of the party the report is about
 * @param source where it comes from: {@code realtime}, {@code history} (v2 call_logs) or {@code element} (v3)
 * @param reportId what tells two reports of one source apart (a history record's id, a call element's id)
 * @param otherParty the other side as Zoom names it: a name, else a number or extension
 */
public record PhoneReport(
        String zoomAccountId,
        String callId,
        String party,
        String source,
        String reportId,
        boolean outbound,
        boolean answered,
        String result,
        Instant startedAt,
        Instant answeredAt,
        Instant endedAt,
        Integer durationSeconds,
        String otherParty,
        long eventTs) {}
