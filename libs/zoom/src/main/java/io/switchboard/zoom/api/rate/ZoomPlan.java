package io.switchboard.zoom.api.rate;

import java.util.Locale;

/**
 * The plan of a Zoom account, which picks its rate limits (developers.zoom.us rate-limits page, FACTS.md): Pro, or
 * Business and above (Business, Education, Enterprise, Partners). Free accounts are not served.
 */
public enum ZoomPlan {
    // Calls per second of Light, Medium, Heavy and Resource-intensive APIs (10 or 20 a minute), main table then Phone.
    PRO(new double[][] {{30, 20, 10, 10 / 60.0}, {20, 10, 5, 5 / 60.0}}, new int[] {30_000, 15_000}),
    BUSINESS(new double[][] {{80, 60, 40, 20 / 60.0}, {40, 20, 10, 10 / 60.0}}, new int[] {60_000, 30_000});

    private final double[][] perSecond;
    private final int[] dailyCaps;

    ZoomPlan(double[][] perSecond, int[] dailyCaps) {
        this.perSecond = perSecond;
        this.dailyCaps = dailyCaps;
    }

    /** Calls per second Zoom allows an account of this plan in {@code category} of {@code table}. */
    public double perSecond(RateTable table, RateCategory category) {
        return perSecond[table.ordinal()][category.ordinal()];
    }

    /** Heavy and Resource-intensive calls per UTC day Zoom allows an account of this plan in {@code table}. */
    public int dailyCap(RateTable table) {
        return dailyCaps[table.ordinal()];
    }

    /** {@code pro} or {@code business} (any case); {@code business-plus}, {@code enterprise} and the like are Business. */
    public static ZoomPlan parse(String name) {
        String plan = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return switch (plan) {
            case "pro", "" -> PRO;
            case "business", "business+", "business-plus", "enterprise", "education", "partner" -> BUSINESS;
            default -> throw new IllegalArgumentException("Unknown Zoom plan: " + name);
        };
    }
}
