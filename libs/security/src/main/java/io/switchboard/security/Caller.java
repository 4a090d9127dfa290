package io.switchboard.security;

import java.util.Set;

/**
 * The authenticated caller of a request, as its verified JWT describes it.
 *
 * @param subject the {@code sub} claim
 * @param org the caller's own organisation ({@code org} claim), or null for a service without one
 * @param roles the {@code groups} claim
 * @param orgs the organisations a multi-org admin may act on ({@code orgs} claim)
 */
public record Caller(String subject, String org, Set<String> roles, Set<String> orgs) {

    public Caller {
        roles = Set.copyOf(roles);
        orgs = Set.copyOf(orgs);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** Whether the caller may see {@code target}'s data: its own org, or one it holds as a multi-org admin. */
    public boolean belongsTo(String target) {
        return target != null && (target.equals(org) || administersAsMultiOrgAdmin(target));
    }

    /** Whether the caller may change Zoom or connections in {@code target}. */
    public boolean mayWrite(String target) {
        if (administersAsMultiOrgAdmin(target)) {
            return true;
        }
        return target != null && target.equals(org) && roles.stream().anyMatch(Roles.WRITERS::contains);
    }

    private boolean administersAsMultiOrgAdmin(String target) {
        return roles.contains(Roles.MULTI_ORG_ADMIN) && orgs.contains(target);
    }
}
