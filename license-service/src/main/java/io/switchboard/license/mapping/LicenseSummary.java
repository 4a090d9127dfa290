package io.switchboard.license.mapping;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A connection's licences: the plan's seats as Zoom last reported them, and its users by licence type and status.
 *
 * @param seats the plan's seats, null before the first successful sync
 * @param lastSyncedAt when plan usage was last synced successfully
 * @param lastSyncError why the last sync failed, null when it succeeded
 */
public record LicenseSummary(
        @Schema(examples = "3f2c1e9a-8d4b-4c1e-9f7a-2b6d5e8c1a00")
        UUID connectionId,

        SeatUsage seats,
        @Schema(examples = "612") int users,
        List<TypeCount> byType,
        List<StatusCount> byStatus,
        @Schema(examples = "2026-03-02T06:00:00Z") Instant lastSyncedAt,
        @Schema(examples = "2026-03-02T06:00:00Z") Instant lastSyncAttemptAt,
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
            @Schema(examples = "monthly") String planType,
            @Schema(examples = "Business") String planName,
            @Schema(examples = "500") int total,
            @Schema(examples = "472") int assigned,
            @Schema(examples = "28") int available,
            @Schema(examples = "3") int pending,
            Integer activeHosts,
            @Schema(examples = "2026-03-02T06:00:00Z") Instant syncedAt) {}

    /** Users of one licence type (Zoom's code and its name). */
    public record TypeCount(
            @Schema(examples = "2") int type,
            @Schema(examples = "Licensed") String name,
            @Schema(examples = "472") int users) {}

    /** Users of one status. */
    public record StatusCount(
            @Schema(examples = "active") String status,
            @Schema(examples = "598") int users) {}
}
