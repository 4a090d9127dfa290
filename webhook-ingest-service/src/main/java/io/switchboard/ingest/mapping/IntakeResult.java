package io.switchboard.ingest.mapping;

/** What the receiver answers Zoom for a delivery it accepted. */
public sealed interface IntakeResult {

    /** The event is durably in Kafka. */
    record Published(Route route, String eventId) implements IntakeResult {}

    /** The answer to Zoom's {@code endpoint.url_validation} challenge. */
    record Validated(String plainToken, String encryptedToken) implements IntakeResult {}
}
