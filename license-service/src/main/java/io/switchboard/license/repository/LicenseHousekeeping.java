package io.switchboard.license.repository;

import io.switchboard.license.config.LicenseConfig;
import io.switchboard.messaging.housekeeping.HousekeepingTask;
import io.switchboard.messaging.housekeeping.MessagingHousekeeping.OlderThan;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** license-service's rows that housekeeping removes: Idempotency-Keys past the time a client may retry with them. */
@ApplicationScoped
public class LicenseHousekeeping {

    private static final String OLD_KEYS = "delete from idempotency_key where (org_id, idempotency_key) in (select"
            + " org_id, idempotency_key from idempotency_key where created_at < $1 order by created_at limit $2"
            + " for update skip locked)";

    @Produces
    @Singleton
    HousekeepingTask expiredIdempotencyKeys(Pool database, LicenseConfig config) {
        return new OlderThan("idempotency_keys_expired", database, OLD_KEYS, config.idempotencyRetention());
    }
}
