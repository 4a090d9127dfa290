package io.switchboard.activity.repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
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

    static <T> Long[] longs(List<T> items, Function<T, Long> column) {
        return items.stream().map(column).toArray(Long[]::new);
    }

    static <T> UUID[] uuids(List<T> items, Function<T, UUID> column) {
        return items.stream().map(column).toArray(UUID[]::new);
    }

    /** Times in UTC, the form every timestamp column is written in. */
    static <T> OffsetDateTime[] times(List<T> items, Function<T, Instant> column) {
        return items.stream()
                .map(column)
                .map(instant -> instant == null ? null : instant.atOffset(ZoneOffset.UTC))
                .toArray(OffsetDateTime[]::new);
    }
}
