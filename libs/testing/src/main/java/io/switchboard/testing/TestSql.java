package io.switchboard.testing;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;

/** Reads a test's expectations straight from the database under test. */
public final class TestSql {

    private TestSql() {}

    /** The first column of the first row of {@code sql} with {@code parameters}, as a number (a count, a sequence). */
    public static long number(Pool database, String sql, Object... parameters) {
        return database.preparedQuery(sql)
                .execute(Tuple.from(parameters))
                .await()
                .atMost(Duration.ofSeconds(10))
                .iterator()
                .next()
                .getLong(0);
    }
}
