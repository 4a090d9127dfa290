package io.switchboard.messaging;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The idempotent-consumer record: which events (by {@code ce_id}) this service has applied. Claiming an id inside
 * the transaction that applies the event makes a redelivery a no-op.
 */
@ApplicationScoped
public class ProcessedEvents {

    /**
     * Records that {@code consumer} processed {@code eventId} in the current transaction; true when this is the
     * event's first delivery to that consumer, false when it processed it before (it then skips it).
     */
    public Uni<Boolean> claim(String consumer, String eventId, String topic) {
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery("insert into processed_event (consumer, event_id, topic)"
                                + " values (?1, ?2, ?3) on conflict do nothing")
                        .setParameter(1, consumer)
                        .setParameter(2, eventId)
                        .setParameter(3, topic)
                        .executeUpdate())
                .map(inserted -> inserted == 1);
    }

    /**
     * Claims many events of {@code consumer} at once on {@code sql} (ids with their topics, index by index): the ids
     * that are first deliveries. The rows go in in id order, so that two batches that share ids never wait on each
     * other crosswise.
     */
    public Uni<Set<String>> claimAll(SqlClient sql, String consumer, List<String> eventIds, List<String> topics) {
        return sql.preparedQuery("insert into processed_event (consumer, event_id, topic)"
                        + " select $1, e.id, e.topic from unnest($2::text[], $3::text[]) as e (id, topic)"
                        + " order by e.id on conflict do nothing returning event_id")
                .execute(Tuple.of(consumer)
                        .addArrayOfString(eventIds.toArray(String[]::new))
                        .addArrayOfString(topics.toArray(String[]::new)))
                .map(rows -> {
                    Set<String> claimed = new HashSet<>();
                    rows.forEach(row -> claimed.add(row.getString(0)));
                    return claimed;
                });
    }

    /** {@link #claim(String, String, String)} on {@code sql}, in the transaction of a Vert.x SQL client effect. */
    public Uni<Boolean> claim(SqlClient sql, String consumer, String eventId, String topic) {
        return sql.preparedQuery("insert into processed_event (consumer, event_id, topic) values ($1, $2, $3)"
                        + " on conflict do nothing")
                .execute(Tuple.of(consumer, eventId, topic))
                .map(rows -> rows.rowCount() == 1);
    }
}
