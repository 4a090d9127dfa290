package io.switchboard.rest.problem;

import java.util.Optional;

/**
 * Tells a dependency that is away (a database down, refusing connections or shutting down) from a fault of ours, so
 * that {@link ProblemMappers} answers 503 with {@code Retry-After} instead of 500. Implemented where the dependency's
 * client is known: libs/messaging for PostgreSQL.
 */
public interface UnavailableDependency {

    /** The name of the dependency that {@code failure} shows to be unreachable ("database"), or empty. */
    Optional<String> unreachable(Throwable failure);
}
