package io.switchboard.license.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.Duration;

/** license-service's own settings ({@code switchboard.license.*}). */
@ConfigMapping(prefix = "switchboard.license")
public interface LicenseConfig {

    /** How often every active connection's plan seat usage is synced (besides on connect and on request). */
    @WithDefault("24H")
    Duration syncEvery();

    /** How often this replica looks for connections whose plan sync is due (asked for, failed, or stale). */
    @WithDefault("2S")
    Duration syncPoll();

    /** How long after a failed plan sync it is tried again. */
    @WithDefault("1M")
    Duration syncRetry();

    /** Plan syncs claimed by this replica in one poll. */
    @WithDefault("5")
    int syncBatch();

    /** How long an Idempotency-Key answers a retry with the stored answer; after that it may act again. */
    @WithDefault("24H")
    Duration idempotencyRetention();

    /**
     * How long a claimed Idempotency-Key whose request never finished (its replica died) holds off retries; a retry
     * after that takes the key over (every action reads the user from Zoom first, so it does not act twice).
     */
    @WithDefault("10M")
    Duration idempotencyStaleAfter();

    /** The yearly price of one licence, to show what reclaiming would save; 0 shows no cost. */
    @WithDefault("0")
    BigDecimal seatPrice();

    /** The currency of {@link #seatPrice()}. */
    @WithDefault("USD")
    String seatCurrency();
}
