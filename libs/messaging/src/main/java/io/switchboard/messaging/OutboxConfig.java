package io.switchboard.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the outbox relay publishes. */
@ConfigMapping(prefix = "switchboard.outbox")
public interface OutboxConfig {

    /** Pause between two relay rounds when the outbox was empty. */
    @WithDefault("200ms")
    Duration interval();

    /** Most events of one lane published in one round (one database transaction). */
    @WithDefault("200")
    int batchSize();

    /**
     * Most lanes one round publishes, in one transaction (16: all). Fewer make smaller rounds, which leave the event
     * loop to the service's own work sooner, and spread the lanes over several relays.
     */
    @WithDefault("4")
    int lanesAtOnce();

    /** How long published events are kept (for inspection) before housekeeping deletes them. */
    @WithDefault("P1D")
    Duration retention();

    /** Whether this instance runs the relay (any number of instances may: each lane is published by one at a time). */
    @WithDefault("true")
    boolean enabled();
}
