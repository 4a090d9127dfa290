package io.switchboard.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.switchboard.rest.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Decides whether the current caller may act on an organisation.
 *
 * <p>Another organisation's resource is reported as not found (404), so that ids of other tenants cannot be
 * probed; a caller of the right organisation without the needed role gets 403; no caller at all gets 401.
 */
@ApplicationScoped
public class OrgGuard {

    /** Name of the claim that holds the caller's organisation. */
    public static final String ORG_CLAIM = "org";
    /** Name of the claim that lists the organisations of a multi-org admin. */
    public static final String ORGS_CLAIM = "orgs";

    private final SecurityIdentity identity;

    public OrgGuard(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The current caller; 401 when the request carries no verified token. */
    public Caller caller() {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            throw new UnauthorizedException();
        }
        Object org = jwt.getClaim(ORG_CLAIM);
        return new Caller(
                jwt.getSubject(),
                org == null ? null : unquote(org),
                identity.getRoles(),
                stringSet(jwt.getClaim(ORGS_CLAIM)));
    }

    /** The caller, who may read {@code org}'s data; otherwise 404. */
    public Caller readable(String org) {
        Caller caller = caller();
        if (!caller.belongsTo(org)) {
            throw ProblemException.notFound("Organisation " + org + " was not found.");
        }
        return caller;
    }

    /** The caller, who may change Zoom or connections in {@code org}; otherwise 404 or 403. */
    public Caller writable(String org) {
        Caller caller = readable(org);
        if (!caller.mayWrite(org)) {
            throw new ForbiddenException("This action needs the owner, executive or admin role in " + org + ".");
        }
        return caller;
    }

    /** The caller, who must be a service (role {@value Roles#SERVICE}); otherwise 403. */
    public Caller service() {
        Caller caller = caller();
        if (!caller.hasRole(Roles.SERVICE)) {
            throw new ForbiddenException("This endpoint is for Switchboard services only.");
        }
        return caller;
    }

    private static Set<String> stringSet(Object claim) {
        Set<String> values = new HashSet<>();
        if (claim instanceof Collection<?> collection) {
            collection.forEach(value -> values.add(unquote(value)));
        } else if (claim instanceof jakarta.json.JsonArray array) {
            array.forEach(value -> values.add(unquote(value)));
        }
        return values;
    }

    private static String unquote(Object value) {
        if (value instanceof jakarta.json.JsonString string) {
            return string.getString();
        }
        return String.valueOf(value);
    }
}
