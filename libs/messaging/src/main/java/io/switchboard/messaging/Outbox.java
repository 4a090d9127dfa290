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

    /** First key of the per-topic locks: shared by every append, exclusive for a bulk append. */
    private static final int TOPIC_LOCK_SPACE = 0x5357_4f54;

    /**
     * Above this many keys of one topic, a bulk append takes the topic's lock exclusively instead of a lock per key:
     * PostgreSQL's lock table holds only a few thousand locks for all sessions together.
     */
    static final int BULK_KEYS = 256;

    /** Rows per insert statement of a bulk append, which bounds the size of one request to PostgreSQL. */
    private static final int INSERT_CHUNK = 2_000;

    /**
     * Adds {@code event} to the outbox; must run inside a transaction (for example a {@code @WithTransaction}
     * method). Transactions that append events of the same topic and key take turns (a transaction-scoped advisory
     * lock on the key, under a shared lock on the topic), so the order of the events' sequence numbers is the order
     * in which they commit.
     */
    public Uni<Void> append(OutboxEvent event) {
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery("select pg_advisory_xact_lock_shared(?3, hashtext(?4)),"
                                + " pg_advisory_xact_lock(?1, hashtext(?2))")
                        .setParameter(1, KEY_LOCK_SPACE)
                        .setParameter(2, event.topic() + "/" + event.key())
                        .setParameter(3, TOPIC_LOCK_SPACE)
                        .setParameter(4, event.topic())
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
     * services that write in bulk with the plain client: the same rows and order guarantee as {@link #append}, in
     * three statements. A topic with more than {@link #BULK_KEYS} keys in the call is locked as a whole (it then
     * waits for, and holds off, every other append to that topic) instead of key by key.
     */
    public Uni<Void> appendAll(SqlConnection connection, List<OutboxEvent> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        java.util.TreeMap<String, java.util.TreeSet<String>> keysByTopic = new java.util.TreeMap<>();
        events.forEach(event -> keysByTopic
                .computeIfAbsent(event.topic(), topic -> new java.util.TreeSet<>())
                .add(event.topic() + "/" + event.key()));
        return lock(connection, keysByTopic).flatMap(ignored -> insert(connection, events, 0));
    }

    /**
     * Takes the locks that {@link #appendAll} takes for events of {@code topic} with {@code keys}, for an append that
     * SQL makes itself ({@code insert into outbox_event (id, topic, record_key, type, source, subject, payload)
     * select ...}, columns as {@link OutboxEvent} describes them) of at most these keys.
     */
    public Uni<Void> lockKeys(SqlConnection connection, String topic, java.util.Collection<String> keys) {
        java.util.TreeSet<String> topicKeys = new java.util.TreeSet<>();
        keys.forEach(key -> topicKeys.add(topic + "/" + key));
        java.util.TreeMap<String, java.util.TreeSet<String>> keysByTopic = new java.util.TreeMap<>();
        keysByTopic.put(topic, topicKeys);
        return lock(connection, keysByTopic);
    }

    /** Topic locks (exclusive above {@link #BULK_KEYS} keys, else shared), then key locks, all in sorted order. */
    private Uni<Void> lock(SqlConnection connection, java.util.TreeMap<String, java.util.TreeSet<String>> keysByTopic) {
        String[] topics = keysByTopic.keySet().toArray(String[]::new);
        Boolean[] exclusive = keysByTopic.values().stream()
                .map(keys -> keys.size() > BULK_KEYS)
                .toArray(Boolean[]::new);
        String[] keys = keysByTopic.values().stream()
                .filter(topicKeys -> topicKeys.size() <= BULK_KEYS)
                .flatMap(java.util.Collection::stream)
                .toArray(String[]::new);
        // Topics first, then keys, each in sorted order, so that two writers never wait on each other crosswise.
        return connection
                .preparedQuery("select count(case when x then pg_advisory_xact_lock($1, hashtext(t))"
                        + " else pg_advisory_xact_lock_shared($1, hashtext(t)) end)"
                        + " from unnest($2::text[], $3::boolean[]) as l (t, x)")
                .execute(Tuple.of(TOPIC_LOCK_SPACE).addArrayOfString(topics).addArrayOfBoolean(exclusive))
                .flatMap(ignored -> connection
                        .preparedQuery(
                                "select count(pg_advisory_xact_lock($1, hashtext(k))) from unnest($2::text[]) as k")
                        .execute(Tuple.of(KEY_LOCK_SPACE).addArrayOfString(keys)))
                .replaceWithVoid();
    }

    /**
     * Takes {@code topic} of the outbox exclusively until the transaction of {@code connection} ends, for an append
     * that SQL makes itself ({@code insert into outbox_event (id, topic, record_key, type, source, subject, payload)
     * select ...}, columns as {@link OutboxEvent} describes them): no other append of the topic runs beside it, as
     * with a bulk {@link #appendAll}, so the statement needs no locks of its keys.
     */
    public Uni<Void> lockTopic(SqlConnection connection, String topic) {
        return connection
                .preparedQuery("select pg_advisory_xact_lock($1, hashtext($2))")
                .execute(Tuple.of(TOPIC_LOCK_SPACE, topic))
                .replaceWithVoid();
    }

    /**
     * Takes {@code topic} of the outbox shared until the transaction of {@code connection} ends, for one part of a bulk
     * append split by key across transactions that run side by side (each part appends only keys of its own, in SQL
     * as with {@link #lockTopic}). The parts wait for, and hold off, every {@link #lockTopic} holder and bulk
     * {@link #appendAll}. A keyed {@link #append} also takes the topic shared and is not held off: use this only for a
     * topic whose every other append holds the topic with {@link #lockTopic} first.
     */
    public Uni<Void> shareTopic(SqlConnection connection, String topic) {
        return connection
                .preparedQuery("select pg_advisory_xact_lock_shared($1, hashtext($2))")
                .execute(Tuple.of(TOPIC_LOCK_SPACE, topic))
                .replaceWithVoid();
    }

    /** Inserts {@code events} from {@code from} on, {@link #INSERT_CHUNK} rows per statement, in order. */
    private Uni<Void> insert(SqlConnection connection, List<OutboxEvent> events, int from) {
        if (from >= events.size()) {
            return Uni.createFrom().voidItem();
        }
        List<OutboxEvent> chunk = events.subList(from, Math.min(events.size(), from + INSERT_CHUNK));
        Tuple rows = Tuple.tuple()
                .addArrayOfUUID(chunk.stream().map(OutboxEvent::id).toArray(java.util.UUID[]::new))
                .addArrayOfString(chunk.stream().map(OutboxEvent::topic).toArray(String[]::new))
                .addArrayOfString(chunk.stream().map(OutboxEvent::key).toArray(String[]::new))
                .addArrayOfString(chunk.stream().map(OutboxEvent::type).toArray(String[]::new))
                .addArrayOfString(chunk.stream().map(OutboxEvent::source).toArray(String[]::new))
                .addArrayOfString(chunk.stream().map(OutboxEvent::subject).toArray(String[]::new))
                .addArrayOfString(chunk.stream().map(OutboxEvent::payload).toArray(String[]::new));
        return connection
                .preparedQuery("insert into outbox_event (id, topic, record_key, type, source, subject, payload)"
                        + " select id, topic, record_key, type, source, subject, payload"
                        + " from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[],"
                        + " $6::text[], $7::text[]) with ordinality as e (id, topic, record_key, type, source,"
                        + " subject, payload, n) order by n")
                .execute(rows)
                .flatMap(ignored -> insert(connection, events, from + INSERT_CHUNK));
    }
}
