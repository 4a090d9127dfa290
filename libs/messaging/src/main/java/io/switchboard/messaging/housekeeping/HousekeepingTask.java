package io.switchboard.messaging.housekeeping;

import io.smallrye.mutiny.Uni;

/**
 * One kind of stale row that {@link Housekeeping} removes on its own schedule. Services add their own as beans.
 */
public interface HousekeepingTask {

    /** A short name for logs and the metric tag. */
    String name();

    /** Removes at most {@code limit} stale rows in one statement; the number removed. */
    Uni<Integer> removeBatch(int limit);
}
