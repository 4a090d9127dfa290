package io.switchboard.messaging.consumer;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * The effect of a consumer that writes with the Vert.x SQL client: {@link EventConsumer} claims the event's {@code
 * ce_id} and applies the effect on one connection in one transaction, so that the effect, its outbox appends and the
 * claim commit or roll back together. The counterpart of {@link EventHandler} (whose effect runs in a Hibernate
 * Reactive transaction).
 */
public interface SqlEventHandler {

    /** The consumer's name, which its claims are kept under; the class name by default. */
    default String consumerName() {
        return EventHandler.nameOf(this);
    }

    /** Whether this consumer acts on {@code type}; other types of its topic are acknowledged and skipped. */
    boolean handles(String type);

    /**
     * Applies {@code event} on {@code sql}, inside the transaction that claims its id. Throw {@link
     * PoisonRecordException} for a record that can never succeed; any other failure rolls everything back and is
     * retried.
     */
    Uni<Void> apply(InboundEvent event, SqlConnection sql);
}
