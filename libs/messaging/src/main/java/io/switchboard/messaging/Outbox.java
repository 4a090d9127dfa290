package io.switchboard.messaging;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Appends events to the outbox within the caller's current Hibernate Reactive transaction, so that they commit (or
 * roll back) together with the state change they describe. {@link OutboxRelay} publishes them afterwards.
 */
@ApplicationScoped
public class Outbox {

    /** First key of the per-key append locks (the hash of topic and key is the second); the relay's lanes use another. */
    private static final int KEY_LOCK_SPACE = 0x5357_4f4b;

    /**
     * Adds {@code event} to the outbox; must run inside a transaction (for example a {@code @WithTransaction}
     * method). Transactions that append events of the same topic and key take turns (a transaction-scoped advisory
     * lock on the key), so the order of the events' sequence numbers is the order in which they commit.
     */
    public Uni<Void> append(OutboxEvent event) {
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery("select 1 from pg_advisory_xact_lock(?1, hashtext(?2))")
                        .setParameter(1, KEY_LOCK_SPACE)
                        .setParameter(2, event.topic() + "/" + event.key())
                        .getSingleResult()
                        .replaceWith(session))
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

    /**
     * Adds {@code events} to the outbox within the transaction of {@code connection} (Vert.x reactive client), for
     * services that write in bulk with the plain client: the same per-key locks and rows as {@link #append}, one
     * batch per statement.
     */
    public Uni<Void> appendAll(SqlConnection connection, List<OutboxEvent> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Tuple> locks = events.stream()
                .map(event -> event.topic() + "/" + event.key())
                .distinct()
                .sorted()
                .map(key -> Tuple.of(KEY_LOCK_SPACE, key))
                .toList();
        List<Tuple> rows = events.stream()
                .map(event -> Tuple.from(new Object[] {
                    event.id(),
                    event.topic(),
                    event.key(),
                    event.type(),
                    event.source(),
                    event.subject(),
                    event.payload()
                }))
                .toList();
        return connection
                .preparedQuery("select pg_advisory_xact_lock($1, hashtext($2))")
                .executeBatch(locks)
                .flatMap(ignored -> connection
                        .preparedQuery(
                                "insert into outbox_event (id, topic, record_key, type, source, subject, payload)"
                                        + " values ($1, $2, $3, $4, $5, $6, $7)")
                        .executeBatch(rows))
                .replaceWithVoid();
    }
}
