package io.switchboard.ingest.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.switchboard.ingest.config.WebhookConfig;
import io.switchboard.ingest.mapping.DeliveryId;
import io.switchboard.ingest.mapping.EventRouter;
import io.switchboard.ingest.mapping.IntakeResult;
import io.switchboard.ingest.mapping.Route;
import io.switchboard.ingest.messaging.ZoomEventPublisher;
import io.switchboard.rest.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;

/**
 * Accepts one Zoom delivery: size check, signature check on the raw bytes, parse, then either the url_validation
 * answer or a durable write to Kafka. Every refusal is a problem with the right status and is counted.
 */
@ApplicationScoped
public class WebhookIntake {

    /** Zoom's endpoint validation event: answered, not published. */
    public static final String URL_VALIDATION = "endpoint.url_validation";

    private final WebhookConfig config;
    private final SignatureVerifier verifier;
    private final ZoomEventPublisher publisher;
    private final WebhookMetrics metrics;
    private final ObjectMapper json;

    public WebhookIntake(
            WebhookConfig config,
            SignatureVerifier verifier,
            ZoomEventPublisher publisher,
            WebhookMetrics metrics,
            ObjectMapper json) {
        this.config = config;
        this.verifier = verifier;
        this.publisher = publisher;
        this.metrics = metrics;
        this.json = json;
    }

    /** Handles a delivery for {@code app}; {@code headers} are Zoom's tracing headers to carry along. */
    public Uni<IntakeResult> accept(
            String app, String timestamp, String signature, byte[] body, Map<String, String> headers) {
        if (body.length > config.maxBodyBytes()) {
            metrics.delivery("too_large", null);
            throw new ProblemException(
                    413,
                    "payload-too-large",
                    "Payload too large",
                    "The body exceeds " + config.maxBodyBytes() + " bytes.");
        }
        Verification verification = verifier.verify(app, timestamp, signature, body);
        if (!verification.verified()) {
            metrics.rejected(verification.verdict());
            throw new ProblemException(401, "invalid-signature", "Unauthorized", detail(verification.verdict()));
        }
        JsonNode event = parse(body);
        String type = event.path("event").asText("");
        if (URL_VALIDATION.equals(type)) {
            String plainToken = event.path("payload").path("plainToken").asText("");
            if (plainToken.isEmpty()) {
                metrics.delivery("malformed", type);
                throw ProblemException.badRequest("endpoint.url_validation carries no payload.plainToken.");
            }
            metrics.delivery("validated", type);
            return Uni.createFrom().item(new IntakeResult.Validated(plainToken, verification.encryptToken(plainToken)));
        }
        Route route = EventRouter.route(event, Instant.now());
        String eventId = DeliveryId.of(app, body);
        long started = System.nanoTime();
        return publisher
                .publish(route, eventId, "/zoom/" + app, body, headers)
                .onItem()
                .transform(ignored -> {
                    metrics.published(System.nanoTime() - started);
                    metrics.delivery("published", route.eventType());
                    return (IntakeResult) new IntakeResult.Published(route, eventId);
                })
                .onFailure()
                .transform(failure -> {
                    metrics.delivery("unavailable", route.eventType());
                    Log.warnf("Kafka did not take %s (%s): answering 503", eventId, failure.toString());
                    return new ProblemException(
                            503,
                            "kafka-unavailable",
                            "Service unavailable",
                            "The event could not be stored right now; Zoom retries it.");
                });
    }

    private JsonNode parse(byte[] body) {
        try {
            JsonNode event = json.readTree(body);
            if (event == null || !event.isObject() || !event.path("event").isTextual()) {
                metrics.delivery("malformed", null);
                throw ProblemException.badRequest("The body is not a Zoom event: a JSON object with an 'event' name.");
            }
            return event;
        } catch (JsonProcessingException e) {
            metrics.delivery("malformed", null);
            throw ProblemException.badRequest("The body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new IllegalStateException("Reading an in-memory body failed", e);
        }
    }

    private static String detail(Verdict verdict) {
        return switch (verdict) {
            case UNKNOWN_APP -> "No Zoom app is configured under this app key.";
            case MISSING_SIGNATURE -> "The x-zm-signature header is missing.";
            case MISSING_TIMESTAMP -> "The x-zm-request-timestamp header is missing.";
            case MALFORMED_SIGNATURE -> "The x-zm-signature header is not of the form v0=<64 hex digits>.";
            case MALFORMED_TIMESTAMP -> "The x-zm-request-timestamp header is not a number of seconds.";
            case STALE_TIMESTAMP -> "The request timestamp is outside the accepted window.";
            case SIGNATURE_MISMATCH, VERIFIED -> "The signature does not match the body.";
        };
    }
}
