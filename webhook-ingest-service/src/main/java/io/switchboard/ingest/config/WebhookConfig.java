package io.switchboard.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** How webhooks are verified and accepted. */
@ConfigMapping(prefix = "switchboard.webhook")
public interface WebhookConfig {

    /** The app key that {@code POST /webhooks/zoom} (without an app key) uses. */
    String DEFAULT_APP = "default";

    /** The current secret token of each Zoom app, by app key; it signs url_validation answers. */
    Map<String, String> secrets();

    /** A secret being rotated out, by app key: still accepted (optionally until a point in time). */
    Map<String, PreviousSecret> previousSecrets();

    /** How far a request's x-zm-request-timestamp may be from now, either way, before it is refused as a replay. */
    @WithDefault("5M")
    Duration timestampTolerance();

    /** The largest body accepted, in bytes; larger ones are refused with 413. */
    @WithDefault("262144")
    int maxBodyBytes();

    /** How long to wait for Kafka's acknowledgement before answering 503 (Zoom waits 3 s). */
    @WithDefault("2S")
    Duration publishTimeout();

    /** A secret token that is being rotated out. */
    interface PreviousSecret {

        /** The old secret token. */
        String secret();

        /** When the old secret stops being accepted; accepted until removed from the configuration if absent. */
        Optional<Instant> validUntil();
    }
}
