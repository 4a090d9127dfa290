package io.switchboard.messaging.consumer;

import io.switchboard.messaging.Causes;
import io.switchboard.messaging.SqlStates;
import jakarta.validation.ConstraintViolationException;

/**
 * Tells a record that can never succeed from a failure of the infrastructure. Poison: a {@link
 * PoisonRecordException} (also what {@link InboundEvent} throws for a body that does not parse) or a bean
 * validation failure anywhere in the cause chain, PostgreSQL's data exceptions (SQLSTATE class 22: a value too
 * long, out of range or malformed) and the constraint violations that the record's own content causes (23502 not
 * null, 23514 check): the same on every try. Everything else is retried: a database or broker that is down, a pool
 * timeout, a deadlock, a serialization failure, a unique or foreign-key race between replicas (23505, 23503), a
 * parse error of some other service's answer, and an unexpected bug, which stops its channel visibly instead of
 * dead-lettering good records.
 */
public final class Failures {

    private static final String DATA_EXCEPTION_CLASS = "22";
    private static final String NOT_NULL_VIOLATION = "23502";
    private static final String CHECK_VIOLATION = "23514";

    private Failures() {}

    /** Whether {@code failure} means the record can never be processed. */
    public static boolean isPoison(Throwable failure) {
        return Causes.any(
                        failure,
                        cause ->
                                cause instanceof PoisonRecordException || cause instanceof ConstraintViolationException)
                || isDataException(SqlStates.of(failure).orElse(null));
    }

    private static boolean isDataException(String sqlState) {
        return sqlState != null
                && (sqlState.startsWith(DATA_EXCEPTION_CLASS)
                        || NOT_NULL_VIOLATION.equals(sqlState)
                        || CHECK_VIOLATION.equals(sqlState));
    }

    /** Whether {@code failure} is worth another try (the opposite of {@link #isPoison}). */
    public static boolean isRetryable(Throwable failure) {
        return !isPoison(failure);
    }
}
