package io.switchboard.messaging;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The idempotent-consumer record: which events (by {@code ce_id}) this service has applied. Claiming an id inside
 * the transaction that applies the event makes a redelivery a no-op.
 */
@ApplicationScoped
public class ProcessedEvents {

    /**
     * Records {@code eventId} as processed in the current transaction; true when this is its first delivery, false
     * when it was processed before (the caller then skips it).
     */
    public Uni<Boolean> claim(String eventId, String topic) {
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery(
                                "insert into processed_event (event_id, topic) values (?1, ?2) on conflict do nothing")
                        .setParameter(1, eventId)
                        .setParameter(2, topic)
                        .executeUpdate())
                .map(inserted -> inserted == 1);
    }
}
