package io.switchboard.license.mapping;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A connection's licences: the plan's seats as Zoom last reported them, and its users by licence type and status.
 *
 * @param seats the plan's seats, null before the first successful sync
 * @param lastSyncedAt when plan usage was last synced successfully
 * @param lastSyncError why the last sync failed, null when it succeeded
 */
public record LicenseSummary(
        UUID connectionId,
        SeatUsage seats,
        int users,
        List<TypeCount> byType,
        List<StatusCount> byStatus,
        Instant lastSyncedAt,
        Instant lastSyncAttemptAt,
        String lastSyncError) {

    /**
     * The plan's seats ({@code GET /accounts/{id}/plans/usage}).
     *
     * @param total licences of the plan ({@code hosts})
     * @param assigned licences in use ({@code usage})
     * @param available licences left, never below 0
     * @param pending licences held by pending invitations
     * @param activeHosts only in the master-account shape
     */
    public record SeatUsage(
            String planType,
            String planName,
            int total,
            int assigned,
            int available,
            int pending,
            Integer activeHosts,
            Instant syncedAt) {}

    /** Users of one licence type (Zoom's code and its name). */
    public record TypeCount(int type, String name, int users) {}

    /** Users of one status. */
    public record StatusCount(String status, int users) {}
}
