package io.switchboard.license.mapping;

import io.switchboard.rest.problem.ProblemException;
import java.util.Locale;

/**
 * A checked query of unused licences: Licensed users inactive for {@code inactiveDays} on the chosen basis, leaving
 * out users licensed within those days, and owners and admins unless {@code includeAdmins}.
 */
public record UnusedQuery(int inactiveDays, Basis basis, boolean includeAdmins) {

    /** What counts as activity. */
    public enum Basis {
        /** A sign-in to Zoom (Zoom reports it with a delay of up to about three days). */
        LOGIN,
        /** Hosting a meeting or webinar. */
        HOSTING,
        /** Neither signed in nor hosted. */
        BOTH;

        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The most days this service looks back (Zoom's reports reach back six months; a year is the outer bound). */
    public static final int MAX_DAYS = 366;

    public UnusedQuery {
        if (inactiveDays < 1 || inactiveDays > MAX_DAYS) {
            throw ProblemException.badRequest("inactiveDays must be between 1 and " + MAX_DAYS + ".");
        }
        if (basis == null) {
            throw ProblemException.badRequest("basis must be login, hosting or both.");
        }
    }

    /** Parses the query parameters (defaults: 30 days, both, no admins); 400 problem for any that is malformed. */
    public static UnusedQuery parse(String inactiveDays, String basis, String includeAdmins) {
        return new UnusedQuery(days(inactiveDays), basis(basis), flag(includeAdmins));
    }

    private static int days(String value) {
        if (value == null || value.isBlank()) {
            return 30;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("inactiveDays must be a whole number of days.");
        }
    }

    private static Basis basis(String value) {
        if (value == null || value.isBlank()) {
            return Basis.BOTH;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "login" -> Basis.LOGIN;
            case "hosting" -> Basis.HOSTING;
            case "both" -> Basis.BOTH;
            default -> throw ProblemException.badRequest("basis must be login, hosting or both.");
        };
    }

    private static boolean flag(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.badRequest("includeAdmins must be true or false.");
        };
    }
}
