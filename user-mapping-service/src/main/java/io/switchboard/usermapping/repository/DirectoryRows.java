package io.switchboard.usermapping.repository;

import io.switchboard.rest.paging.LikePatterns;
import io.vertx.mutiny.sqlclient.Row;
import java.util.ArrayList;
import java.util.List;

/** Small helpers for reading rows of the reactive client. */
final class DirectoryRows {

    private DirectoryRows() {}

    static <T> List<T> all(Iterable<Row> rows, java.util.function.Function<Row, T> reader) {
        List<T> result = new ArrayList<>();
        for (Row row : rows) {
            result.add(reader.apply(row));
        }
        return result;
    }

    /** {@code %query%} for ILIKE, with the query's own wildcards and escapes taken literally. */
    static String contains(String query) {
        return LikePatterns.containing(query);
    }

    static List<String> strings(Row row, String column) {
        String[] values = row.getArrayOfStrings(column);
        return values == null ? List.of() : List.of(values);
    }
}
