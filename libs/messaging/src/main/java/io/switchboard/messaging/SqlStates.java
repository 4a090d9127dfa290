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

    private static final int MAX_DEPTH = 32;

    private SqlStates() {}

    /** The first SQLSTATE in {@code failure}'s cause chain. */
    public static Optional<String> of(Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
            if (current instanceof PgException pg) {
                return Optional.ofNullable(pg.getSqlState());
            }
            if (current instanceof JDBCException jdbc && jdbc.getSQLState() != null) {
                return Optional.of(jdbc.getSQLState());
            }
            current = current.getCause();
        }
        return Optional.empty();
    }

    /** Whether {@code failure} is PostgreSQL's error {@code sqlState}. */
    public static boolean is(Throwable failure, String sqlState) {
        return of(failure).filter(sqlState::equals).isPresent();
    }
}
