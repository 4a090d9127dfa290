package io.switchboard.simulator.rest;

import io.switchboard.simulator.service.ApiError;
import io.switchboard.simulator.service.Faults;
import io.switchboard.simulator.service.OAuthServer;
import io.switchboard.simulator.traffic.TrafficGenerator;
import io.switchboard.simulator.traffic.TrafficRequest;
import io.switchboard.simulator.traffic.TrafficRun;
import io.switchboard.simulator.traffic.UrlValidationCheck;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.jboss.resteasy.reactive.RestResponse;

/** The simulator's own control API: counters that tests assert on, and Zoom-side actions such as uninstalls. */
@Path("/_sim")
@Produces(MediaType.APPLICATION_JSON)
public class ControlResource {

    private final OAuthServer oauth;
    private final Faults faults;
    private final TrafficGenerator traffic;
    private final UrlValidationCheck validation;

    public ControlResource(OAuthServer oauth, Faults faults, TrafficGenerator traffic, UrlValidationCheck validation) {
        this.oauth = oauth;
        this.faults = faults;
        this.traffic = traffic;
        this.validation = validation;
    }

    /** Request body of an endpoint validation check. */
    public record Validation(String target, String secret) {}

    /** Starts delivering generated Zoom activity as signed webhooks; 202 with the run's counters. */
    @POST
    @Path("/traffic")
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<Map<String, Object>> startTraffic(TrafficRequest request) {
        try {
            return RestResponse.status(
                    RestResponse.Status.ACCEPTED, traffic.start(request).snapshot());
        } catch (IllegalArgumentException e) {
            throw new ApiError(400, 300, e.getMessage());
        }
    }

    @GET
    @Path("/traffic/{runId}")
    public Map<String, Object> trafficRun(@PathParam("runId") String runId) {
        TrafficRun run = traffic.run(runId);
        if (run == null) {
            throw new ApiError(404, 404, "No traffic run " + runId);
        }
        return run.snapshot();
    }

    /** Zoom's url_validation check against a webhook endpoint. */
    @POST
    @Path("/webhooks/validate")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> validate(Validation request) {
        return validation.check(request.target(), request.secret());
    }

    @GET
    @Path("/faults")
    public Faults.Settings faults() {
        return faults.current();
    }

    /** Injects faults into /v2/* and /oauth/token: {latencyMs, errorRate, force429}. */
    @POST
    @Path("/faults")
    @Consumes(MediaType.APPLICATION_JSON)
    public Faults.Settings injectFaults(Faults.Settings settings) {
        faults.set(settings);
        return faults.current();
    }

    @DELETE
    @Path("/faults")
    public RestResponse<Void> clearFaults() {
        faults.clear();
        return RestResponse.noContent();
    }

    /** Request body of an installation revocation. */
    public record Installation(String clientId, String accountId) {}

    @GET
    @Path("/counters")
    public Map<String, Long> counters() {
        return oauth.counters();
    }

    @POST
    @Path("/counters/reset")
    public RestResponse<Void> resetCounters() {
        oauth.resetCounters();
        return RestResponse.noContent();
    }

    /** Uninstalls an app from an account: its next refresh fails with invalid_grant. */
    @POST
    @Path("/installations/revoke")
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<Void> revokeInstallation(Installation installation) {
        oauth.revokeInstallation(installation.clientId(), installation.accountId());
        return RestResponse.noContent();
    }
}
