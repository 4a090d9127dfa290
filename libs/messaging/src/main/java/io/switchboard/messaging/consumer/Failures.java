package io.switchboard.messaging.consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.vertx.pgclient.PgException;
import org.hibernate.JDBCException;

/**
 * Tells a record that can never succeed from a failure of the infrastructure. Poison: a {@link
 * PoisonRecordException} or a JSON parse error anywhere in the cause chain, or PostgreSQL's data exceptions (SQLSTATE
 * class 22: a value too long, out of range or malformed, the same on every try). Everything else (a database or
 * broker that is down, a pool timeout, a deadlock, a serialization failure, a constraint race between replicas, and
 * an unexpected bug) is retried: a bug stops its partition visibly instead of dead-lettering good records.
 */
public final class Failures {

    private static final String DATA_EXCEPTION_CLASS = "22";
    private static final int MAX_DEPTH = 32;

    private Failures() {}

    /** Whether {@code failure} means the record can never be processed. */
    public static boolean isPoison(Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
            if (current instanceof PoisonRecordException || current instanceof JsonProcessingException) {
                return true;
            }
            if (isDataException(sqlState(current))) {
                return true;
            }
            current = current.getCause();
        }
        return false;
    }

    /** The SQLSTATE of a PostgreSQL error, as the reactive client or Hibernate reports it; null for others. */
    private static String sqlState(Throwable failure) {
        if (failure instanceof PgException pg) {
            return pg.getSqlState();
        }
        if (failure instanceof JDBCException jdbc) {
            return jdbc.getSQLState();
        }
        return null;
    }

    private static boolean isDataException(String sqlState) {
        return sqlState != null && sqlState.startsWith(DATA_EXCEPTION_CLASS);
    }

    /** Whether {@code failure} is worth another try (the opposite of {@link #isPoison}). */
    public static boolean isRetryable(Throwable failure) {
        return !isPoison(failure);
    }
}
