package io.switchboard.license.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.switchboard.domain.DomainException;
import io.switchboard.license.mapping.ActionResult;
import io.switchboard.license.mapping.CreateUserRequest;
import io.switchboard.license.mapping.LicenseChangeRequest;
import io.switchboard.license.service.ActionCommand;
import io.switchboard.license.service.ActionContext;
import io.switchboard.license.service.Idempotency;
import io.switchboard.license.service.Idempotency.Answer;
import io.switchboard.license.service.LicenseActions;
import io.switchboard.security.Caller;
import io.switchboard.security.OrgGuard;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The user actions on a connection's Zoom users (owner, executive or admin): create (a Zoom invitation), deactivate,
 * activate, change the licence, disassociate or delete. Each honours an {@code Idempotency-Key} header.
 */
@Path("/orgs/{org}/connections/{connectionId}/zoom-accounts")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(
        responseCode = "409",
        description = "Zoom refuses it in this state (no-seat-available, zoom-user-protected, zoom-user-exists), the"
                + " connection needs re-authorisation, or the same Idempotency-Key is still being answered")
@APIResponse(
        responseCode = "422",
        description = "The Idempotency-Key was used for another request (idempotency-key-reused)")
@APIResponse(responseCode = "502", description = "Zoom refused the request (zoom-refused)")
@APIResponse(
        responseCode = "503",
        description = "Zoom is unavailable or rate-limits the account; retry later (zoom-unavailable)")
public class ZoomAccountActionsResource {

    /** The request header that makes a retry safe. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    /** How {@value #IDEMPOTENCY_KEY} is documented. */
    static final String IDEMPOTENCY_DESCRIPTION = "Any unique string; a retry with the same key and request gets the"
            + " stored answer (header Idempotent-Replayed: true) instead of acting twice";

    /** The answer header telling that a stored answer was replayed. */
    public static final String REPLAYED = "Idempotent-Replayed";

    private final OrgGuard guard;
    private final LicenseActions actions;
    private final Idempotency idempotency;

    public ZoomAccountActionsResource(OrgGuard guard, LicenseActions actions, Idempotency idempotency) {
        this.guard = guard;
        this.actions = actions;
        this.idempotency = idempotency;
    }

    /** Invites a user to the Zoom account (Zoom's {@code create} action: pending until they accept); 201. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Invites a user to the Zoom account (pending until they accept)")
    @APIResponseSchema(value = ActionResult.class, responseCode = "201", responseDescription = "Invited")
    public Uni<RestResponse<ActionResult>> create(
            @PathParam("org") String org,
            @PathParam("connectionId") UUID connectionId,
            @Parameter(description = IDEMPOTENCY_DESCRIPTION) @HeaderParam(IDEMPOTENCY_KEY) String key,
            CreateUserRequest body,
            @Context UriInfo uri) {
        Caller caller = guard.writable(org);
        ActionCommand command = ActionCommand.create(required(body).user());
        return act(caller, org, connectionId, key, request("POST", uri, body), 201, command);
    }

    @POST
    @Path("{zoomUserId}/deactivate")
    @Operation(summary = "Deactivates the Zoom user (Zoom takes their licence away)")
    @APIResponseSchema(value = ActionResult.class, responseCode = "200", responseDescription = "How it ended")
    public Uni<RestResponse<ActionResult>> deactivate(
            @PathParam("org") String org,
            @PathParam("connectionId") UUID connectionId,
            @PathParam("zoomUserId") String zoomUserId,
            @Parameter(description = IDEMPOTENCY_DESCRIPTION) @HeaderParam(IDEMPOTENCY_KEY) String key,
            @Context UriInfo uri) {
        Caller caller = guard.writable(org);
        ActionCommand command = ActionCommand.deactivate(zoomUserId);
        return act(caller, org, connectionId, key, request("POST", uri, null), 200, command);
    }

    @POST
    @Path("{zoomUserId}/activate")
    @Operation(summary = "Activates the Zoom user again")
    @APIResponseSchema(value = ActionResult.class, responseCode = "200", responseDescription = "How it ended")
    public Uni<RestResponse<ActionResult>> activate(
            @PathParam("org") String org,
            @PathParam("connectionId") UUID connectionId,
            @PathParam("zoomUserId") String zoomUserId,
            @Parameter(description = IDEMPOTENCY_DESCRIPTION) @HeaderParam(IDEMPOTENCY_KEY) String key,
            @Context UriInfo uri) {
        Caller caller = guard.writable(org);
        ActionCommand command = ActionCommand.activate(zoomUserId);
        return act(caller, org, connectionId, key, request("POST", uri, null), 200, command);
    }

    /** Gives the user another licence type ({@code {type}}: 1, 2, 4 or 99). */
    @PATCH
    @Path("{zoomUserId}")
    @Operation(summary = "Gives the Zoom user another licence type")
    @APIResponseSchema(value = ActionResult.class, responseCode = "200", responseDescription = "How it ended")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<RestResponse<ActionResult>> changeLicense(
            @PathParam("org") String org,
            @PathParam("connectionId") UUID connectionId,
            @PathParam("zoomUserId") String zoomUserId,
            @Parameter(description = IDEMPOTENCY_DESCRIPTION) @HeaderParam(IDEMPOTENCY_KEY) String key,
            LicenseChangeRequest body,
            @Context UriInfo uri) {
        Caller caller = guard.writable(org);
        ActionCommand command =
                ActionCommand.changeLicense(zoomUserId, required(body).licence());
        return act(caller, org, connectionId, key, request("PATCH", uri, body), 200, command);
    }

    /** Disassociates the user (the default), or deletes them for good with {@code action=delete}. */
    @DELETE
    @Path("{zoomUserId}")
    @Operation(summary = "Disassociates the Zoom user from the account (the default), or deletes them for good")
    @APIResponseSchema(value = ActionResult.class, responseCode = "200", responseDescription = "How it ended")
    public Uni<RestResponse<ActionResult>> remove(
            @PathParam("org") String org,
            @PathParam("connectionId") UUID connectionId,
            @PathParam("zoomUserId") String zoomUserId,
            @Parameter(description = "disassociate (the default) or delete", example = "disassociate")
                    @QueryParam("action")
                    String action,
            @Parameter(description = "Who receives the user's meetings and recordings on delete")
                    @QueryParam("transferEmail")
                    String transferEmail,
            @Parameter(description = IDEMPOTENCY_DESCRIPTION) @HeaderParam(IDEMPOTENCY_KEY) String key,
            @Context UriInfo uri) {
        Caller caller = guard.writable(org);
        ActionCommand command = ActionCommand.remove(zoomUserId, permanently(action), email(transferEmail));
        String request = "DELETE " + uri.getPath() + " " + command.kind().wire() + " " + command.transferEmail();
        return act(caller, org, connectionId, key, request, 200, command);
    }

    private Uni<RestResponse<ActionResult>> act(
            Caller caller,
            String org,
            UUID connectionId,
            String key,
            String request,
            int status,
            ActionCommand command) {
        return idempotency
                .once(
                        org,
                        key,
                        request,
                        status,
                        ActionResult.class,
                        claim -> actions.perform(
                                new ActionContext(org, connectionId, caller.subject(), claim, null), command))
                .map(ZoomAccountActionsResource::respond);
    }

    /** The answer: its status, and {@value #REPLAYED} when it is the stored answer of an earlier request. */
    static <T> RestResponse<T> respond(Answer<T> answer) {
        RestResponse.ResponseBuilder<T> response =
                RestResponse.ResponseBuilder.<T>create(answer.status()).entity(answer.body());
        if (answer.replayed()) {
            response.header(REPLAYED, "true");
        }
        return response.build();
    }

    private String request(String method, UriInfo uri, Object body) {
        return method + " " + uri.getPath() + " " + (body == null ? "" : idempotency.write(body));
    }

    static <T> T required(T body) {
        if (body == null) {
            throw DomainException.invalid("This request needs a JSON body.");
        }
        return body;
    }

    private static boolean permanently(String action) {
        if (action == null || action.isBlank() || "disassociate".equalsIgnoreCase(action.trim())) {
            return false;
        }
        if ("delete".equalsIgnoreCase(action.trim())) {
            return true;
        }
        throw DomainException.invalid("action must be disassociate (the default) or delete.");
    }

    private static String email(String transferEmail) {
        if (transferEmail == null || transferEmail.isBlank()) {
            return null;
        }
        if (!transferEmail.contains("@") || transferEmail.length() > 128) {
            throw DomainException.invalid("transferEmail must be an email address.");
        }
        return transferEmail.trim().toLowerCase(Locale.ROOT);
    }
}
