package io.switchboard.license.service;

import io.switchboard.events.LicenseTypes;
import io.switchboard.zoom.api.model.ZoomUser;

/**
 * The user actions this service takes at Zoom: each one's wire name (audit rows, answers, events), its event type on
 * {@code switchboard.license-actions}, and when Zoom's current state of the user means it is already done.
 */
public enum ActionKind {
    CREATE("create", LicenseTypes.USER_CREATED),
    DEACTIVATE("deactivate", LicenseTypes.USER_DEACTIVATED),
    ACTIVATE("activate", LicenseTypes.USER_ACTIVATED),
    CHANGE_LICENSE("change_license", LicenseTypes.LICENSE_CHANGED),
    DISASSOCIATE("disassociate", LicenseTypes.USER_DELETED),
    DELETE("delete", LicenseTypes.USER_DELETED);

    private static final String INACTIVE = "inactive";

    private final String wire;
    private final String eventType;

    ActionKind(String wire, String eventType) {
        this.wire = wire;
        this.eventType = eventType;
    }

    /** As the audit, the answers and the events spell it. */
    public String wire() {
        return wire;
    }

    /** The {@code ce_type} of the event that reports the action done. */
    public String eventType() {
        return eventType;
    }

    /** Whether the action reads the user from Zoom first (every action on an existing user). */
    public boolean needsCurrentUser() {
        return this != CREATE;
    }

    /**
     * Why the action need not be taken on {@code user} as Zoom has it now (already deactivated, already of the asked
     * licence type), or null when it must be taken.
     */
    public String alreadyDone(ZoomUser user, Integer licenseType) {
        return switch (this) {
            case DEACTIVATE -> INACTIVE.equals(user.status()) ? "The user is already deactivated at Zoom." : null;
            case ACTIVATE -> "active".equals(user.status()) ? "The user is already active at Zoom." : null;
            case CHANGE_LICENSE ->
                licenseType != null && licenseType == user.type()
                        ? "The user already has licence type " + licenseType + " at Zoom."
                        : null;
            case CREATE, DISASSOCIATE, DELETE -> null;
        };
    }

    /** The status a user has at Zoom once the action is done, or null when it leaves the status as it was. */
    public String statusAfter() {
        return switch (this) {
            case CREATE -> "pending";
            case DEACTIVATE -> INACTIVE;
            case ACTIVATE -> "active";
            case CHANGE_LICENSE, DISASSOCIATE, DELETE -> null;
        };
    }
}
