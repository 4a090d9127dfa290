package io.switchboard.license.mapping;

/** Zoom's licence codes by name, as the REST API and the summary show them. */
public final class LicenseNames {

    private LicenseNames() {}

    /** The name of Zoom's licence {@code code}; "unknown" for a code Zoom has not documented. */
    public static String of(int code) {
        return switch (code) {
            case 1 -> "basic";
            case 2 -> "licensed";
            case 3 -> "on_prem";
            case 4 -> "unassigned_without_meetings_basic";
            case 99 -> "none";
            default -> "unknown";
        };
    }
}
