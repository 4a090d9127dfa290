package io.switchboard.messaging.housekeeping;

import io.smallrye.mutiny.Uni;
import io.switchboard.messaging.OutboxConfig;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The housekeeping of libs/messaging's own tables: published outbox rows and old processed-event claims. */
@ApplicationScoped
public class MessagingHousekeeping {

    private static final String PUBLISHED_OUTBOX = "delete from outbox_event where seq in (select seq from"
            + " outbox_event where published_at < $1 order by published_at limit $2 for update skip locked)";
    private static final String OLD_CLAIMS = "delete from processed_event where event_id in (select event_id from"
            + " processed_event where processed_at < $1 order by processed_at limit $2 for update skip locked)";

    @Produces
    @Singleton
    HousekeepingTask publishedOutboxEvents(Pool database, OutboxConfig outbox) {
        return new OlderThan("outbox_published", database, PUBLISHED_OUTBOX, outbox.retention());
    }

    @Produces
    @Singleton
    HousekeepingTask processedEventClaims(Pool database, HousekeepingConfig config) {
        return new OlderThan("processed_events", database, OLD_CLAIMS, config.processedEventRetention());
    }

    /** A delete of rows older than a retention: {@code $1} is the cut-off, {@code $2} the batch size. */
    public record OlderThan(String name, Pool database, String delete, Duration retention) implements HousekeepingTask {

        @Override
        public Uni<Integer> removeBatch(int limit) {
            OffsetDateTime cutoff = OffsetDateTime.now(ZoneOffset.UTC).minus(retention);
            return database.preparedQuery(delete)
                    .execute(Tuple.of(cutoff, limit))
                    .map(rows -> rows.rowCount());
        }
    }
}
