package io.switchboard.license.service;

import io.switchboard.zoom.api.model.CreatedUser;
import io.switchboard.zoom.api.model.LicenseType;
import io.switchboard.zoom.api.model.ZoomUser;
import java.util.Locale;

/**
 * A user as an action leaves them at Zoom.
 *
 * @param zoomId the user's id at Zoom (a created user's: the id Zoom answered)
 * @param directoryKey the user's key in the directory and in {@code zoom_account}: the id, or {@code
 *     pending:<email>} for an invited user, as user-mapping-service keys invitations
 * @param status the status after the action, null once the user is removed or when unknown
 * @param licenseType the licence type after the action, null once removed or when unknown
 */
public record ActionEffect(String zoomId, String directoryKey, String email, String status, Integer licenseType) {

    /** What a done {@code command} made of the user ({@code before} as Zoom had them, {@code created} if new). */
    public static ActionEffect of(ActionCommand command, ZoomUser before, CreatedUser created) {
        String id = command.zoomUserId();
        return switch (command.kind()) {
            case CREATE ->
                new ActionEffect(
                        created.id(),
                        "pending:" + created.email().trim().toLowerCase(Locale.ROOT),
                        created.email(),
                        command.kind().statusAfter(),
                        created.type());
            case DEACTIVATE ->
                new ActionEffect(id, id, before.email(), command.kind().statusAfter(), LicenseType.BASIC.code());
            case ACTIVATE ->
                new ActionEffect(id, id, before.email(), command.kind().statusAfter(), before.type());
            case CHANGE_LICENSE -> new ActionEffect(id, id, before.email(), before.status(), command.licenseType());
            case DISASSOCIATE, DELETE -> new ActionEffect(id, id, before.email(), null, null);
        };
    }

    /** A user the action left as they were ({@code user} as Zoom has them, or null when unknown). */
    public static ActionEffect unchanged(ActionCommand command, ZoomUser user) {
        if (user == null) {
            String email = command.newUser() == null ? null : command.newUser().email();
            return new ActionEffect(command.zoomUserId(), command.zoomUserId(), email, null, null);
        }
        return new ActionEffect(command.zoomUserId(), command.zoomUserId(), user.email(), user.status(), user.type());
    }

    /** A user left alone by a reclaim's plan, as this service last saw them. */
    public static ActionEffect planned(String zoomUserId, String email, String status, Integer licenseType) {
        return new ActionEffect(zoomUserId, zoomUserId, email, status, licenseType);
    }
}
