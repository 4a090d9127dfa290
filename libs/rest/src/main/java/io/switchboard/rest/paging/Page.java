package io.switchboard.rest.paging;

import java.util.List;

/**
 * One page of a list endpoint.
 *
 * @param items the page's items, in the endpoint's stable order
 * @param nextCursor the cursor that fetches the next page, or null on the last page
 */
public record Page<T>(List<T> items, String nextCursor) {

    public Page {
        items = List.copyOf(items);
    }

    /**
     * The page of {@code limit} items out of {@code fetched}, which was read with {@code limit + 1} rows so that a
     * following page can be told apart from the end.
     */
    public static <T> Page<T> of(List<T> fetched, int limit, java.util.function.Function<T, String> cursorOf) {
        if (fetched.size() <= limit) {
            return new Page<>(fetched, null);
        }
        List<T> items = fetched.subList(0, limit);
        return new Page<>(items, cursorOf.apply(items.get(limit - 1)));
    }
}
