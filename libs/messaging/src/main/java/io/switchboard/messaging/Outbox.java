package io.switchboard.messaging;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Appends events to the outbox within the caller's current Hibernate Reactive transaction, so that they commit (or
 * roll back) together with the state change they describe. {@link OutboxRelay} publishes them afterwards.
 */
@ApplicationScoped
public class Outbox {

    /** Adds {@code event} to the outbox; must run inside a transaction (for example a {@code @WithTransaction} method). */
    public Uni<Void> append(OutboxEvent event) {
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery(
                                "insert into outbox_event (id, topic, record_key, type, source, subject, payload)"
                                        + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                        .setParameter(1, event.id())
                        .setParameter(2, event.topic())
                        .setParameter(3, event.key())
                        .setParameter(4, event.type())
                        .setParameter(5, event.source())
                        .setParameter(6, event.subject())
                        .setParameter(7, event.payload())
                        .executeUpdate())
                .replaceWithVoid();
    }
}
