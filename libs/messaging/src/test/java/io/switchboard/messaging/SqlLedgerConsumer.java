package io.switchboard.messaging;

import io.smallrye.mutiny.Uni;
import io.switchboard.messaging.consumer.EventConsumer;
import io.switchboard.messaging.consumer.InboundEvent;
import io.switchboard.messaging.consumer.SqlEventHandler;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * A consumer whose effect writes with the Vert.x SQL client, in the transaction that claims the event. An event named
 * {@value #FAIL_ONCE} fails once after its row is written, as a database that drops the connection mid-effect would.
 */
@ApplicationScoped
public class SqlLedgerConsumer implements SqlEventHandler {

    static final String KEY_PREFIX = "sql:";
    static final String FAIL_ONCE = "FailOnce";

    private final EventConsumer consumer;
    private final Set<String> failed = ConcurrentHashMap.newKeySet();

    public SqlLedgerConsumer(EventConsumer consumer) {
        this.consumer = consumer;
    }

    @Incoming("profiles-sql")
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        return consumer.consume(record, this);
    }

    @Override
    public boolean handles(String type) {
        return LedgerConsumer.UPSERTED.equals(type);
    }

    @Override
    public Uni<Void> apply(InboundEvent event, SqlConnection sql) {
        String name = event.requiredText("/name");
        return sql.preparedQuery("insert into ledger (event_id, item_key, name) values ($1, $2, $3)")
                .execute(Tuple.of(event.id(), KEY_PREFIX + event.key(), name))
                .invoke(() -> {
                    if (FAIL_ONCE.equals(name) && failed.add(event.id())) {
                        throw new IllegalStateException("The connection dropped after the effect's write");
                    }
                })
                .replaceWithVoid();
    }
}
