package io.switchboard.messaging.consumer;

import io.smallrye.mutiny.Uni;

/**
 * The effect of a consumer, and all that a consumer writes: {@link EventConsumer} reads the envelope, claims the
 * {@code ce_id} in the same transaction as {@link #apply}, retries infrastructure failures and dead-letters poison.
 */
public interface EventHandler {

    /**
     * The consumer's name, which its claims of event ids are kept under: two consumers of one service that read the
     * same topic each apply an event once. The class name by default; keep it stable across releases.
     */
    default String consumerName() {
        return nameOf(this);
    }

    /** The simple class name of {@code consumer}'s bean class (CDI may hand out a generated subclass of it). */
    static String nameOf(Object consumer) {
        String name = consumer.getClass().getSimpleName();
        return name.endsWith("_Subclass") ? name.substring(0, name.length() - "_Subclass".length()) : name;
    }

    /** Whether this consumer acts on {@code type}; other types of its topic are acknowledged and skipped. */
    boolean handles(String type);

    /**
     * Applies {@code event} inside the transaction that claims its id (state changes and outbox appends commit
     * with the claim). Throw {@link PoisonRecordException} for a record that can never succeed, and read the body
     * with {@link InboundEvent#body()} or {@link InboundEvent#read(Class)}, which do so for a body that does not
     * parse; any other failure is retried.
     */
    Uni<Void> apply(InboundEvent event);
}
