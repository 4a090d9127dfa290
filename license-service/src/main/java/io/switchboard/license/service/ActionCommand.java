package io.switchboard.license.service;

import io.switchboard.zoom.api.model.LicenseType;
import io.switchboard.zoom.api.model.NewUser;

/**
 * One user action as asked: what, on whom, and the action's own arguments.
 *
 * @param zoomUserId the user acted on; null for a user still to be created
 * @param licenseType the licence type asked for (creating, changing the licence); null otherwise
 * @param transferEmail who receives a removed user's data, or null
 * @param newUser the user to create, or null
 */
public record ActionCommand(
        ActionKind kind, String zoomUserId, Integer licenseType, String transferEmail, NewUser newUser) {

    public static ActionCommand create(NewUser user) {
        return new ActionCommand(ActionKind.CREATE, null, user.type(), null, user);
    }

    public static ActionCommand deactivate(String zoomUserId) {
        return new ActionCommand(ActionKind.DEACTIVATE, zoomUserId, null, null, null);
    }

    public static ActionCommand activate(String zoomUserId) {
        return new ActionCommand(ActionKind.ACTIVATE, zoomUserId, null, null, null);
    }

    public static ActionCommand changeLicense(String zoomUserId, LicenseType type) {
        return new ActionCommand(ActionKind.CHANGE_LICENSE, zoomUserId, type.code(), null, null);
    }

    /** Disassociates the user, or deletes them for good when {@code permanently}. */
    public static ActionCommand remove(String zoomUserId, boolean permanently, String transferEmail) {
        ActionKind kind = permanently ? ActionKind.DELETE : ActionKind.DISASSOCIATE;
        return new ActionCommand(kind, zoomUserId, null, transferEmail, null);
    }

    /** What the audit's {@code detail} says of the arguments, or null when there are none. */
    public String detail() {
        if (licenseType != null) {
            return "licence type " + licenseType;
        }
        return transferEmail == null ? null : "data transferred to " + transferEmail;
    }
}
