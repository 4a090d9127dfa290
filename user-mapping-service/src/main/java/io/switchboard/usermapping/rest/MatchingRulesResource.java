package io.switchboard.usermapping.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.switchboard.domain.DomainException;
import io.switchboard.security.Caller;
import io.switchboard.security.OrgGuard;
import io.switchboard.usermapping.mapping.MatchingRules;
import io.switchboard.usermapping.service.MatchingRulesService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The organisation's email matching rules: plus-addressing and domain aliases (owner, executive, admin to change). */
@Path("/orgs/{org}/matching-rules")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class MatchingRulesResource {

    private final OrgGuard guard;
    private final MatchingRulesService rules;

    public MatchingRulesResource(OrgGuard guard, MatchingRulesService rules) {
        this.guard = guard;
        this.rules = rules;
    }

    @GET
    @Operation(summary = "The organisation's email matching rules")
    public Uni<MatchingRules> get(@PathParam("org") String org) {
        guard.readable(org);
        return rules.get(org);
    }

    /** Replaces the rules; every connection of the organisation is matched again under them. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replaces the matching rules; every connection is matched again (owner, executive, admin)")
    public Uni<MatchingRules> put(@PathParam("org") String org, MatchingRules body) {
        Caller caller = guard.writable(org);
        if (body == null) {
            throw DomainException.invalid("A JSON body {plusAddressing, domainAliases} is required.");
        }
        return rules.update(org, body, caller.subject());
    }
}
