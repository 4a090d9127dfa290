package io.switchboard.license.mapping;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A connection's seat usage day by day (each day's last sync), oldest first; days without a sync are absent. */
public record LicenseHistory(UUID connectionId, LocalDate from, LocalDate to, List<Day> days) {

    /** The seat usage of one day. */
    public record Day(LocalDate day, int total, int assigned, int available, int pending, Instant syncedAt) {}
}
