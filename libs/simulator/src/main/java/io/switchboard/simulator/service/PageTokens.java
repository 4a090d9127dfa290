package io.switchboard.simulator.service;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Zoom's paging of lists and reports: {@code page_size} items at a time, and a {@code next_page_token} that continues
 * the same query and expires after 15 minutes.
 */
public class PageTokens {

    /** How long a {@code next_page_token} stays usable. */
    public static final Duration LIFETIME = Duration.ofMinutes(15);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;
    private final Map<String, Cursor> cursors = new ConcurrentHashMap<>();

    public PageTokens(Clock clock) {
        this.clock = clock;
    }

    /** One page: its items, the size of the whole result, and the token of the next page (null on the last). */
    public record Page<T>(List<T> items, int totalRecords, String nextPageToken) {}

    private record Cursor(String query, int offset, Instant expiresAt) {}

    /**
     * The page of {@code items} that {@code token} points at (the first without one). {@code query} names the
     * account and the query's parameters: a token continues only the query that issued it, and fails with Zoom's
     * 400 (code 300) when unknown, expired or used for another query.
     */
    public <T> Page<T> page(String query, List<T> items, int pageSize, String token) {
        int offset = 0;
        if (token != null && !token.isBlank()) {
            Cursor cursor = cursors.get(token);
            if (cursor == null
                    || cursor.expiresAt().isBefore(clock.instant())
                    || !cursor.query().equals(query)) {
                throw new ApiError(400, 300, "The next page token is invalid or expired.");
            }
            offset = cursor.offset();
        }
        int start = Math.min(offset, items.size());
        int end = Math.min(items.size(), start + pageSize);
        String next = null;
        if (end < items.size()) {
            next = token();
            cursors.put(next, new Cursor(query, end, clock.instant().plus(LIFETIME)));
        }
        cursors.values().removeIf(cursor -> cursor.expiresAt().isBefore(clock.instant()));
        return new Page<>(List.copyOf(items.subList(start, end)), items.size(), next);
    }

    private static String token() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
