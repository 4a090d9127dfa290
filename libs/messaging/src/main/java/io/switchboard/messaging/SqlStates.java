package io.switchboard.messaging;

import io.vertx.pgclient.PgException;
import java.util.Optional;
import org.hibernate.JDBCException;

/** PostgreSQL's error codes (SQLSTATE) as the reactive client or Hibernate report them, anywhere in a cause chain. */
public final class SqlStates {

    /** A unique index refused a second row with the same key. */
    public static final String UNIQUE_VIOLATION = "23505";

    /** {@code NOWAIT} or {@code lock_timeout}: another transaction holds the lock. */
    public static final String LOCK_NOT_AVAILABLE = "55P03";

    private SqlStates() {}

    /** The first SQLSTATE in {@code failure}'s cause chain. */
    public static Optional<String> of(Throwable failure) {
        return Causes.first(failure, SqlStates::own);
    }

    private static Optional<String> own(Throwable failure) {
        if (failure instanceof PgException pg) {
            return Optional.ofNullable(pg.getSqlState());
        }
        if (failure instanceof JDBCException jdbc) {
            return Optional.ofNullable(jdbc.getSQLState());
        }
        return Optional.empty();
    }

    /** Whether {@code failure} is PostgreSQL's error {@code sqlState}. */
    public static boolean is(Throwable failure, String sqlState) {
        return of(failure).filter(sqlState::equals).isPresent();
    }
}
