package io.switchboard.messaging.consumer;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How consumers retry a record whose processing failed for a reason other than the record itself. */
@ConfigMapping(prefix = "switchboard.consumer")
public interface EventConsumerConfig {

    /** Wait before the first retry of a record that failed on the infrastructure. */
    @WithDefault("200ms")
    Duration retryInitialBackOff();

    /** Longest wait between two retries (the back-off doubles up to it, with jitter); retries never stop. */
    @WithDefault("30s")
    Duration retryMaxBackOff();
}
