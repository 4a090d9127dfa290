package io.switchboard.activity.repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;

/**
 * Columns of a batch for one multi-row statement ({@code unnest} of one array a column): one element per item, null
 * where the item has no value.
 */
final class Columns {

    private Columns() {}

    static <T> String[] strings(List<T> items, Function<T, String> column) {
        return items.stream().map(column).toArray(String[]::new);
    }

    static <T> Integer[] integers(List<T> items, Function<T, Integer> column) {
        return items.stream().map(column).toArray(Integer[]::new);
    }

    static <T> OffsetDateTime[] times(List<T> items, Function<T, Instant> column) {
        return items.stream()
                .map(item -> MeetingFactRepository.time(column.apply(item)))
                .toArray(OffsetDateTime[]::new);
    }
}
