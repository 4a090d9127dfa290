package io.switchboard.license.mapping;

import java.math.BigDecimal;
import java.util.List;

/**
 * The unused licences of a connection and what reclaiming them would free.
 *
 * @param seatsFreed the unused licences over every page, which reclaiming them would free
 * @param yearlySavings seats freed times the configured yearly seat price; null when no price is configured
 * @param caveat what the figures cannot know (Zoom reports last login with a delay of up to about three days)
 * @param users this page of the unused licences, by email then Zoom user id
 * @param nextCursor the cursor of the next page, or null on the last
 */
public record UnusedReport(
        int inactiveDays,
        String basis,
        boolean includeAdmins,
        int seatsFreed,
        BigDecimal yearlySavings,
        String currency,
        String caveat,
        List<UnusedLicence> users,
        String nextCursor) {}
