package io.switchboard.security;

import java.util.Set;

/** Role names carried in the JWT {@code groups} claim (DESIGN.md section 3). */
public final class Roles {

    public static final String OWNER = "owner";
    public static final String EXECUTIVE = "executive";
    public static final String ADMIN = "admin";
    public static final String MEMBER = "member";
    /** May act as an admin on every organisation listed in the {@code orgs} claim. */
    public static final String MULTI_ORG_ADMIN = "multi-org-admin";
    /** Service-to-service calls (for example asking connection-service for an access token). */
    public static final String SERVICE = "service";

    /** Roles that may change Zoom or connections in their organisation. */
    public static final Set<String> WRITERS = Set.of(OWNER, EXECUTIVE, ADMIN);

    private Roles() {}
}
