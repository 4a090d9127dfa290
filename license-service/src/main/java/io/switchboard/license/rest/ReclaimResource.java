package io.switchboard.license.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.switchboard.license.mapping.ReclaimReport;
import io.switchboard.license.mapping.ReclaimRequest;
import io.switchboard.license.mapping.ReclaimRequest.Order;
import io.switchboard.license.service.ActionContext;
import io.switchboard.license.service.Idempotency;
import io.switchboard.license.service.Reclaims;
import io.switchboard.security.Caller;
import io.switchboard.security.OrgGuard;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Reclaims licences (owner, executive or admin): the plan (a dry run, the default), or the plan carried out with each
 * user's outcome. Honours an {@code Idempotency-Key} header.
 */
@Path("/orgs/{org}/connections/{connectionId}/licenses/reclaim")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReclaimResource {

    private final OrgGuard guard;
    private final Reclaims reclaims;
    private final Idempotency idempotency;

    public ReclaimResource(OrgGuard guard, Reclaims reclaims, Idempotency idempotency) {
        this.guard = guard;
        this.reclaims = reclaims;
        this.idempotency = idempotency;
    }

    @POST
    @Operation(summary = "Reclaims licences: the plan (a dry run, the default), or the plan carried out per user")
    @APIResponseSchema(
            value = ReclaimReport.class,
            responseCode = "200",
            responseDescription = "The plan, or its outcome")
    @APIResponse(
            responseCode = "409",
            description = "The same Idempotency-Key is still being answered (idempotency-key-in-progress)")
    @APIResponse(
            responseCode = "422",
            description = "The Idempotency-Key was used for another request (idempotency-key-reused)")
    public Uni<RestResponse<ReclaimReport>> reclaim(
            @PathParam("org") String org,
            @PathParam("connectionId") UUID connectionId,
            @Parameter(description = ZoomAccountActionsResource.IDEMPOTENCY_DESCRIPTION)
                    @HeaderParam(ZoomAccountActionsResource.IDEMPOTENCY_KEY)
                    String key,
            ReclaimRequest body,
            @Context UriInfo uri) {
        Caller caller = guard.writable(org);
        Order order = ZoomAccountActionsResource.required(body).order();
        String request = "POST " + uri.getPath() + " " + idempotency.write(order);
        return idempotency
                .once(
                        org,
                        key,
                        request,
                        200,
                        ReclaimReport.class,
                        claim -> reclaims.reclaim(
                                new ActionContext(org, connectionId, caller.subject(), claim, null), order))
                .map(ZoomAccountActionsResource::respond);
    }
}
