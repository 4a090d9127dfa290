package io.switchboard.messaging.consumer;

import io.smallrye.mutiny.Uni;

/**
 * The effect of a consumer, and all that a consumer writes: {@link EventConsumer} reads the envelope, claims the
 * {@code ce_id} in the same transaction as {@link #apply}, retries infrastructure failures and dead-letters poison.
 */
public interface EventHandler {

    /** Whether this consumer acts on {@code type}; other types of its topic are acknowledged and skipped. */
    boolean handles(String type);

    /**
     * Applies {@code event} inside the transaction that claims its id (state changes and outbox appends commit
     * with the claim). Throw {@link PoisonRecordException} for a record that can never succeed.
     */
    Uni<Void> apply(InboundEvent event);
}
