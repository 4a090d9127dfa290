package io.switchboard.simulator.rest;

import io.switchboard.simulator.service.ApiError;
import io.switchboard.simulator.service.ApiGate;
import io.switchboard.simulator.service.Directory;
import io.switchboard.simulator.service.Grant;
import io.switchboard.simulator.service.RateLimiter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Zoom REST API v2: plan usage of the token's account (Heavy) and the account's roles (Medium). */
@Path("/v2")
@Produces(MediaType.APPLICATION_JSON)
public class AccountsResource {

    private final ApiGate gate;
    private final Directory directory;
    private final int seats;

    public AccountsResource(
            ApiGate gate,
            Directory directory,
            @ConfigProperty(name = "simulator.seats", defaultValue = "150") int seats) {
        this.gate = gate;
        this.directory = directory;
        this.seats = seats;
    }

    @GET
    @Path("/accounts/{accountId}/plans/usage")
    public Map<String, Object> planUsage(
            @HeaderParam("Authorization") String authorization, @PathParam("accountId") String accountId) {
        Grant grant = gate.enter(authorization, RateLimiter.Category.HEAVY);
        if (!"me".equals(accountId) && !grant.accountId().equals(accountId)) {
            throw new ApiError(404, 2001, "Account does not exist: " + accountId);
        }
        return directory.planUsage(grant.accountId(), seats);
    }

    @GET
    @Path("/roles")
    public Map<String, Object> roles(@HeaderParam("Authorization") String authorization) {
        gate.enter(authorization, RateLimiter.Category.MEDIUM);
        List<Map<String, Object>> roles = List.of(
                Map.of("id", "0", "name", "Owner", "description", "Account owner", "total_members", 1),
                Map.of("id", "1", "name", "Admin", "description", "Account admin", "total_members", 0),
                Map.of("id", "2", "name", "Member", "description", "Account member", "total_members", 0));
        return Map.of("total_records", roles.size(), "roles", roles);
    }
}
