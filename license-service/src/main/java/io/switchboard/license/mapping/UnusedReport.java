package io.switchboard.license.mapping;

import java.math.BigDecimal;
import java.util.List;

/**
 * The unused licences of a connection and what reclaiming them would free.
 *
 * @param yearlySavings seats freed times the configured yearly seat price; null when no price is configured
 * @param caveat what the figures cannot know (Zoom reports last login with a delay of up to about three days)
 */
public record UnusedReport(
        int inactiveDays,
        String basis,
        boolean includeAdmins,
        int seatsFreed,
        BigDecimal yearlySavings,
        String currency,
        String caveat,
        List<UnusedLicence> users) {}
