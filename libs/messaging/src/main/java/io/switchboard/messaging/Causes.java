package io.switchboard.messaging;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/** A failure's cause chain, walked to a bounded depth (a cycle or a very deep chain never loops). */
public final class Causes {

    private static final int MAX_DEPTH = 32;

    private Causes() {}

    /** The first non-empty answer of {@code reader} along {@code failure}'s cause chain, itself included. */
    public static <T> Optional<T> first(Throwable failure, Function<Throwable, Optional<T>> reader) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
            Optional<T> found = reader.apply(current);
            if (found.isPresent()) {
                return found;
            }
            current = current.getCause();
        }
        return Optional.empty();
    }

    /** Whether any throwable of {@code failure}'s cause chain, itself included, matches {@code test}. */
    public static boolean any(Throwable failure, Predicate<Throwable> test) {
        return first(failure, cause -> test.test(cause) ? Optional.of(cause) : Optional.empty())
                .isPresent();
    }
}
