package io.switchboard.messaging.consumer;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.List;

/**
 * An {@link SqlEventHandler} that applies a polled batch of events at once: {@link EventConsumer#consumeAll} claims
 * their ids and applies the first deliveries among them in one transaction, so that a busy channel pays one commit
 * and a few statements per batch instead of per event. A batch that fails with poison is processed again one record
 * at a time ({@link #apply}), so that only the record that can never succeed is dead-lettered.
 */
public interface BatchSqlEventHandler extends SqlEventHandler {

    /**
     * Applies {@code events} (first deliveries, in the order polled, of any partitions of the channel) on {@code
     * sql}, inside the transaction that claims their ids. Throw {@link PoisonRecordException} when one of them can
     * never succeed; any other failure rolls everything back and the whole batch is retried.
     */
    Uni<Void> applyAll(List<InboundEvent> events, SqlConnection sql);

    /** One event, as a batch of one. */
    @Override
    default Uni<Void> apply(InboundEvent event, SqlConnection sql) {
        return applyAll(List.of(event), sql);
    }
}
