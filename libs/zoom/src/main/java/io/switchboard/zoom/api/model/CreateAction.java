package io.switchboard.zoom.api.model;

/** How {@code POST /users} creates the user: {@code create} invites (pending), the others create an active user. */
public enum CreateAction {
    CREATE("create"),
    AUTO_CREATE("autoCreate"),
    CUST_CREATE("custCreate"),
    SSO_CREATE("ssoCreate");

    private final String wire;

    CreateAction(String wire) {
        this.wire = wire;
    }

    /** As Zoom spells it. */
    public String wire() {
        return wire;
    }
}
