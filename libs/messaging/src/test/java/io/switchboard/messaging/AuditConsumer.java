package io.switchboard.messaging;

import io.smallrye.mutiny.Uni;
import io.switchboard.messaging.consumer.EventConsumer;
import io.switchboard.messaging.consumer.EventHandler;
import io.switchboard.messaging.consumer.InboundEvent;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** A second consumer of the same topic in the same service, with claims of its own. */
@ApplicationScoped
public class AuditConsumer implements EventHandler {

    static final String KEY_PREFIX = "audit:";

    private final EventConsumer consumer;

    public AuditConsumer(EventConsumer consumer) {
        this.consumer = consumer;
    }

    @Incoming("profiles-audit")
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        return consumer.consume(record, this);
    }

    @Override
    public boolean handles(String type) {
        return LedgerConsumer.UPSERTED.equals(type);
    }

    @Override
    public Uni<Void> apply(InboundEvent event) {
        LedgerEntry entry = new LedgerEntry();
        entry.eventId = event.id();
        entry.itemKey = KEY_PREFIX + event.key();
        entry.name = event.requiredText("/name");
        return entry.persist().replaceWithVoid();
    }
}
