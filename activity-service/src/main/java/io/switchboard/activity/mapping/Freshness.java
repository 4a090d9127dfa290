package io.switchboard.activity.mapping;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * How current a connection's activity is, so that a dashboard can say "no data since ..." instead of showing zero.
 *
 * @param lastMeetingEventAt when a meeting or webinar event of the account last changed what is recorded, or null
 * @param lastPhoneEventAt when a Zoom Phone report of the account last arrived, or null
 * @param lastEventAt the later of the two, or null when nothing arrived yet
 * @param lastReconciliation the newest reconciliation with Zoom's reports (queued, running or ended), or null
 * @param reconciledThrough the last day a completed reconciliation covered, or null
 */
public record Freshness(
        UUID connectionId,
        Instant lastMeetingEventAt,
        Instant lastPhoneEventAt,
        Instant lastEventAt,
        ReconciliationView lastReconciliation,
        LocalDate reconciledThrough) {}
