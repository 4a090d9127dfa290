package io.switchboard.license.mapping;

import java.util.List;
import java.util.UUID;

/**
 * A reclaim's plan and, when run for real, each user's outcome.
 *
 * @param reclaimId the run's id (the audit rows carry it); null for a dry run
 * @param planned how many users the plan acts on
 * @param seatsFreed Licensed seats the plan frees (dry run), or that the run freed
 * @param plan every user asked for or chosen, with whether and why not the run acts on them
 * @param results each user's outcome, in plan order; empty for a dry run
 */
public record ReclaimReport(
        UUID reclaimId,
        boolean dryRun,
        String action,
        int planned,
        int seatsFreed,
        int acted,
        int skipped,
        int failed,
        List<ReclaimTarget> plan,
        List<ActionResult> results) {}
