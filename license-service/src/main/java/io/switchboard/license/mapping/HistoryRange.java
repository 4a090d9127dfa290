package io.switchboard.license.mapping;

import io.switchboard.rest.problem.ProblemException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** A checked day range of the seat history: ISO dates, both included, at most 366 days; the last 30 by default. */
public record HistoryRange(LocalDate from, LocalDate to) {

    private static final int MAX_DAYS = 366;

    public static HistoryRange parse(String from, String to, LocalDate today) {
        LocalDate end = date("to", to, today);
        LocalDate start = date("from", from, end.minusDays(29));
        if (start.isAfter(end)) {
            throw ProblemException.badRequest("from must not be after to.");
        }
        if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
            throw ProblemException.badRequest("The range spans more than " + MAX_DAYS + " days.");
        }
        return new HistoryRange(start, end);
    }

    private static LocalDate date(String name, String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name + " must be an ISO date (2026-01-31).");
        }
    }
}
