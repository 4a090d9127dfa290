package io.switchboard.messaging.housekeeping;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** When and how much housekeeping removes. */
@ConfigMapping(prefix = "switchboard.housekeeping")
public interface HousekeepingConfig {

    /** Whether this instance runs housekeeping (any number of instances may: deletes skip rows others hold). */
    @WithDefault("true")
    boolean enabled();

    /** Pause between two housekeeping passes. */
    @WithDefault("10M")
    Duration every();

    /** Most rows one delete statement removes (a pass repeats it until less is left). */
    @WithDefault("1000")
    int batchSize();

    /** Most batches one task removes in one pass, so that a large backlog is worked off over several passes. */
    @WithDefault("100")
    int maxBatchesPerPass();

    /**
     * How long a consumed event's id is remembered (the window in which a redelivery or a replay is recognised).
     * Keep it above the topics' retention.
     */
    @WithDefault("P14D")
    Duration processedEventRetention();
}
