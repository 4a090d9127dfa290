package io.switchboard.ingest.rest;

import io.smallrye.mutiny.Uni;
import io.switchboard.ingest.config.WebhookConfig;
import io.switchboard.ingest.mapping.IntakeResult;
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
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Zoom's webhook endpoint. Authenticated by Zoom's HMAC signature, not by a JWT. Answers 204 once the event is in
 * Kafka, 200 with the challenge answer for url_validation, 401/400/413 for bad deliveries, 503 when Kafka cannot
 * take the event (Zoom retries 5xx).
 */
@Path("/webhooks/zoom")
@PermitAll
public class WebhookResource {

    private final WebhookIntake intake;
    private final WebhookMetrics metrics;

    public WebhookResource(WebhookIntake intake, WebhookMetrics metrics) {
        this.intake = intake;
        this.metrics = metrics;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<RestResponse<Object>> receive(
            byte[] body,
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
    public Uni<RestResponse<Object>> receiveForApp(
            @PathParam("appKey") String appKey,
            byte[] body,
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
            return RestResponse.ok(
                    Map.of("plainToken", validated.plainToken(), "encryptedToken", validated.encryptedToken()));
        }
        return RestResponse.noContent();
    }
}
