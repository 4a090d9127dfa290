package io.switchboard.ingest.rest;

import io.smallrye.mutiny.Uni;
import io.switchboard.ingest.config.WebhookConfig;
import io.switchboard.ingest.mapping.IntakeResult;
import io.switchboard.ingest.mapping.IntakeResult.Validated;
import io.switchboard.ingest.service.WebhookIntake;
import io.switchboard.ingest.service.WebhookMetrics;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Zoom's webhook endpoint. Authenticated by Zoom's HMAC signature, not by a JWT. Answers 204 once the event is in
 * Kafka, 200 with the challenge answer for url_validation, 401/400/413 for bad deliveries, 503 when Kafka cannot
 * take the event (Zoom retries 5xx).
 */
@Path("/webhooks/zoom")
@PermitAll
@APIResponse(responseCode = "204", description = "The event is in Kafka")
@APIResponse(
        responseCode = "200",
        description = "The answer to endpoint.url_validation",
        content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Validated.class)))
@APIResponse(responseCode = "400", description = "Signed, but not a Zoom event (not JSON, no event name)")
@APIResponse(
        responseCode = "401",
        description = "Unknown app key, or a missing, malformed, wrong or stale signature (invalid-signature)")
@APIResponse(responseCode = "413", description = "The body is larger than the configured limit (payload-too-large)")
@APIResponse(
        responseCode = "503",
        description = "Kafka cannot take the event now; Zoom retries 5xx (kafka-unavailable)")
public class WebhookResource {

    /** A delivery as Zoom posts it (abridged). */
    private static final String EXAMPLE = "{\"event\":\"meeting.started\",\"event_ts\":1700000000000,\"payload\":"
            + "{\"account_id\":\"AAAAAABBBB\",\"object\":{\"uuid\":\"4444AAAiAAAAAiAiAiiAii==\",\"id\":\"123456789\","
            + "\"host_id\":\"x1yCzABCDEfg23HiJKl4mN\",\"topic\":\"Weekly sync\",\"start_time\":\"2026-03-02T09:00:00Z\"}}}";

    private final WebhookIntake intake;
    private final WebhookMetrics metrics;

    public WebhookResource(WebhookIntake intake, WebhookMetrics metrics) {
        this.intake = intake;
        this.metrics = metrics;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Receives a Zoom webhook signed with the secret token of app key default")
    public Uni<RestResponse<Object>> receive(
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, example = EXAMPLE)) byte[] body,
            @RestHeader("x-zm-request-timestamp") String timestamp,
            @RestHeader("x-zm-signature") String signature,
            @RestHeader("x-zm-request-id") String requestId,
            @RestHeader("traceparent") String traceparent) {
        return handle(WebhookConfig.DEFAULT_APP, body, timestamp, signature, requestId, traceparent);
    }

    @POST
    @Path("/{appKey}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Receives a Zoom webhook signed with the secret token of app key appKey")
    public Uni<RestResponse<Object>> receiveForApp(
            @PathParam("appKey") String appKey,
            @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, example = EXAMPLE)) byte[] body,
            @RestHeader("x-zm-request-timestamp") String timestamp,
            @RestHeader("x-zm-signature") String signature,
            @RestHeader("x-zm-request-id") String requestId,
            @RestHeader("traceparent") String traceparent) {
        return handle(appKey, body, timestamp, signature, requestId, traceparent);
    }

    private Uni<RestResponse<Object>> handle(
            String app, byte[] body, String timestamp, String signature, String requestId, String traceparent) {
        Map<String, String> tracing = new HashMap<>(2);
        if (requestId != null) {
            tracing.put("zoom_request_id", requestId);
        }
        if (traceparent != null) {
            tracing.put("traceparent", traceparent);
        }
        metrics.requestStarted();
        return Uni.createFrom()
                .deferred(() -> intake.accept(app, timestamp, signature, body == null ? new byte[0] : body, tracing))
                .map(WebhookResource::respond)
                .onTermination()
                .invoke(metrics::requestEnded);
    }

    private static RestResponse<Object> respond(IntakeResult result) {
        if (result instanceof IntakeResult.Validated validated) {
            return RestResponse.ok(validated);
        }
        return RestResponse.noContent();
    }
}
