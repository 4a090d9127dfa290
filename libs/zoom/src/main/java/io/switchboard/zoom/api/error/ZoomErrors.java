package io.switchboard.zoom.api.error;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

/** Turns Zoom's error answers into the typed {@link ZoomApiException}s. */
public final class ZoomErrors {

    /** Zoom's codes of an invalid or expired access token. */
    public static final Set<Integer> INVALID_TOKEN_CODES = Set.of(124, 4700);

    /** Zoom's codes of a user (1001), account (2001) or meeting (3001) that does not exist. */
    public static final Set<Integer> NOT_FOUND_CODES = Set.of(1001, 2001, 3001);

    /** Zoom's codes of a plan without a free licence: 2034 (Licensed users), 2033 (Basic users). */
    public static final Set<Integer> NO_SEAT_CODES = Set.of(2033, 2034);

    private static final int UNAUTHORIZED = 401;
    private static final int NOT_FOUND = 404;
    private static final int TOO_MANY_REQUESTS = 429;
    private static final int SERVER_ERRORS = 500;
    private static final String DAILY = "daily";

    private ZoomErrors() {}

    /**
     * The failure of {@code call} (for example {@code GET /users/{userId}}) that Zoom answered with {@code status},
     * its error body and its {@code Retry-After} header (null when absent); {@code nextReset} is when a daily cap
     * resets.
     */
    public static ZoomApiException classify(
            String call, int status, ZoomError error, String retryAfter, Instant now, Instant nextReset) {
        String message = call + " failed: HTTP " + status + describe(error);
        int code = error.code();
        if (status == UNAUTHORIZED || INVALID_TOKEN_CODES.contains(code)) {
            return new ZoomInvalidTokenException(message, status, code);
        }
        if (status == TOO_MANY_REQUESTS) {
            return error.message().toLowerCase(Locale.ROOT).contains(DAILY)
                    ? new ZoomDailyLimitException(message, status, code, nextReset)
                    : new ZoomRateLimitedException(message, code, retryAfter(retryAfter, now));
        }
        if (NO_SEAT_CODES.contains(code)) {
            return new ZoomSeatUnavailableException(message, status, code);
        }
        if (status == NOT_FOUND || NOT_FOUND_CODES.contains(code)) {
            return new ZoomNotFoundException(message, status, code);
        }
        if (status >= SERVER_ERRORS) {
            return new ZoomServerException(message, status, code);
        }
        return new ZoomBadRequestException(message, status, code);
    }

    /** A {@code Retry-After} value (seconds, or an HTTP date) as a wait from {@code now}; null when absent or bad. */
    static Duration retryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim())));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME)
                        .toInstant();
                return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    private static String describe(ZoomError error) {
        if (error.code() == 0 && error.message().isEmpty()) {
            return "";
        }
        return ", Zoom code " + error.code() + ": " + error.message();
    }
}
