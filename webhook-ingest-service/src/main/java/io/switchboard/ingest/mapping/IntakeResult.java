package io.switchboard.ingest.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the receiver answers Zoom for a delivery it accepted. */
public sealed interface IntakeResult {

    /** The event is durably in Kafka. */
    record Published(Route route, String eventId) implements IntakeResult {}

    /** The answer to Zoom's {@code endpoint.url_validation} challenge, sent to Zoom as it is. */
    record Validated(
            @Schema(examples = "qgg8vlvZRS6UYooatFL8Aw") String plainToken,

            @Schema(
                    description = "hex(HMAC-SHA256(secret token, plainToken))",
                    examples = "23a89b634c017e5364a1c8d9c8ea909b60dd5599e2bb04bb1558d9c3a121faa5")
            String encryptedToken)
            implements IntakeResult {}
}
