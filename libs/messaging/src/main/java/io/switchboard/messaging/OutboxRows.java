package io.switchboard.messaging;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;

/**
 * The relay's queries on {@code outbox_event}. Every row belongs to one of {@link #LANES} lanes by a hash of its
 * topic and key (a generated column), so all events of one key share a lane; a relay publishes a lane only while it
 * holds that lane's transaction-scoped advisory lock.
 */
final class OutboxRows {

    /** Lanes of the outbox: the most relays that can publish at once. Fixed by the schema (V0_2). */
    static final int LANES = 16;

    /** First key of the advisory locks (the lane is the second), chosen to stay clear of other lock users. */
    private static final int LOCK_SPACE = 0x5357_4f42;

    private OutboxRows() {}

    /**
     * Takes, until the transaction of {@code connection} ends, up to {@code most} lanes that have work and that no
     * other relay holds, looking from lane {@code first} on (so that relays that start at different lanes share
     * them). One probe of the unpublished rows' index per lane: "select distinct lane" would read every unpublished
     * row. Only lanes with work are locked: the probes are fenced off ("offset 0") from the locking, which stops at
     * the {@code most}-th lane it gets.
     */
    static Uni<List<Integer>> lockLanesWithWork(SqlConnection connection, int first, int most) {
        return connection
                .preparedQuery("select lane from (select (i + $2) % $3 as lane, i from generate_series(0, $3 - 1) as i"
                        + " where exists (select 1 from outbox_event where lane = (i + $2) % $3 and published_at is null)"
                        + " order by i offset 0) as work where pg_try_advisory_xact_lock($1, lane) limit $4")
                .execute(Tuple.of(LOCK_SPACE, first, LANES, most))
                .map(rows -> {
                    List<Integer> lanes = new ArrayList<>();
                    rows.forEach(row -> lanes.add(row.getInteger("lane")));
                    return lanes;
                });
    }

    /**
     * The oldest unpublished rows of {@code lanes}, in order, at most {@code perKey} of any one key: a key whose sends
     * keep failing takes only part of every round, and the other keys go on.
     */
    static Uni<List<OutboxRow>> oldest(SqlConnection connection, List<Integer> lanes, int limit, int perKey) {
        return connection
                .preparedQuery("select seq, id, topic, record_key, type, source, subject, payload, created_at from"
                        + " (select *, row_number() over (partition by topic, record_key order by seq) as nth"
                        + " from outbox_event where published_at is null and lane = any($1::int[])) as unpublished"
                        + " where nth <= $3 order by seq limit $2")
                .execute(Tuple.of(lanes.toArray(Integer[]::new), limit, perKey))
                .map(rows -> {
                    List<OutboxRow> claimed = new ArrayList<>();
                    for (Row row : rows) {
                        claimed.add(OutboxRow.of(row));
                    }
                    return claimed;
                });
    }

    static Uni<Integer> markPublished(SqlConnection connection, List<Long> sequence) {
        if (sequence.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        return connection
                .preparedQuery("update outbox_event set published_at = now() where seq = any($1)")
                .execute(Tuple.of(sequence.toArray(Long[]::new)))
                .map(result -> result.rowCount());
    }
}
