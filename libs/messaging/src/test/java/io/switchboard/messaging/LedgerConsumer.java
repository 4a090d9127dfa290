package io.switchboard.messaging;

import io.smallrye.mutiny.Uni;
import io.switchboard.messaging.consumer.EventConsumer;
import io.switchboard.messaging.consumer.EventHandler;
import io.switchboard.messaging.consumer.InboundEvent;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** A consumer built the way every service builds one: the channel line and the effect. */
@ApplicationScoped
public class LedgerConsumer implements EventHandler {

    static final String UPSERTED = "profile.upserted";

    private final EventConsumer consumer;

    public LedgerConsumer(EventConsumer consumer) {
        this.consumer = consumer;
    }

    @Incoming("profiles")
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        return consumer.consume(record, this);
    }

    @Override
    public boolean handles(String type) {
        return UPSERTED.equals(type);
    }

    @Override
    public Uni<Void> apply(InboundEvent event) {
        LedgerEntry entry = new LedgerEntry();
        entry.eventId = event.id();
        entry.itemKey = event.key();
        entry.name = event.requiredText("/name");
        return entry.persist().replaceWithVoid();
    }
}
