package io.switchboard.messaging;

import io.smallrye.mutiny.Uni;
import io.switchboard.messaging.consumer.BatchSqlEventHandler;
import io.switchboard.messaging.consumer.InboundEvent;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A batch effect on the ledger: one row per event under {@value #KEY_PREFIX} and its key, written with one
 * statement per batch. It keeps the ids of every batch it was given. An event named {@value #FAIL_ONCE} fails its
 * batch once after the rows are written; a name the ledger cannot hold (over 20 characters) is poison.
 */
@ApplicationScoped
public class BatchLedgerHandler implements BatchSqlEventHandler {

    static final String KEY_PREFIX = "batch:";
    static final String FAIL_ONCE = "FailOnce";

    private final List<List<String>> batches = new CopyOnWriteArrayList<>();
    private final Set<String> failed = ConcurrentHashMap.newKeySet();

    @Override
    public boolean handles(String type) {
        return LedgerConsumer.UPSERTED.equals(type);
    }

    @Override
    public Uni<Void> applyAll(List<InboundEvent> events, SqlConnection sql) {
        batches.add(events.stream().map(InboundEvent::id).toList());
        return sql.preparedQuery("insert into ledger (event_id, item_key, name) values ($1, $2, $3)")
                .executeBatch(events.stream()
                        .map(event -> Tuple.of(event.id(), KEY_PREFIX + event.key(), event.requiredText("/name")))
                        .toList())
                .invoke(() -> events.stream()
                        .filter(event -> FAIL_ONCE.equals(event.requiredText("/name")) && failed.add(event.id()))
                        .findFirst()
                        .ifPresent(event -> {
                            throw new IllegalStateException("The connection dropped after the batch's writes");
                        }))
                .replaceWithVoid();
    }

    /** The ids of each batch given to {@link #applyAll}, in order. */
    List<List<String>> batches() {
        return batches;
    }
}
