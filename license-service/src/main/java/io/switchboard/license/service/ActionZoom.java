package io.switchboard.license.service;

import io.smallrye.mutiny.Uni;
import io.switchboard.zoom.api.UsersApi;
import io.switchboard.zoom.api.ZoomApi;
import io.switchboard.zoom.api.model.CreateAction;
import io.switchboard.zoom.api.model.CreatedUser;
import io.switchboard.zoom.api.model.DeleteAction;
import io.switchboard.zoom.api.model.LicenseType;
import io.switchboard.zoom.api.model.StatusAction;
import io.switchboard.zoom.api.model.ZoomUser;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * The Zoom calls of the user actions, with the connection's token. Users are created with Zoom's {@code create}
 * action: an invitation (the user is pending until they accept), the one action every account may use ({@code
 * autoCreate} needs a managed domain, {@code custCreate} is for API partners, {@code ssoCreate} needs SSO).
 */
@ApplicationScoped
public class ActionZoom {

    private final ZoomApi zoom;

    public ActionZoom(ZoomApi zoom) {
        this.zoom = zoom;
    }

    /** The user as Zoom has them now; null for a command that creates one. */
    public Uni<ZoomUser> current(UUID connectionId, ActionCommand command) {
        if (!command.kind().needsCurrentUser()) {
            return Uni.createFrom().nullItem();
        }
        return zoom.users().get(connectionId, command.zoomUserId());
    }

    /** Carries {@code command} out at Zoom: the created user of a create, null for the others. */
    public Uni<CreatedUser> carryOut(UUID connectionId, ActionCommand command) {
        UsersApi users = zoom.users();
        String id = command.zoomUserId();
        return switch (command.kind()) {
            case CREATE -> users.create(connectionId, CreateAction.CREATE, command.newUser());
            case DEACTIVATE -> none(users.status(connectionId, id, StatusAction.DEACTIVATE));
            case ACTIVATE -> none(users.status(connectionId, id, StatusAction.ACTIVATE));
            case CHANGE_LICENSE -> none(users.changeLicense(connectionId, id, licence(command)));
            case DISASSOCIATE ->
                none(users.delete(connectionId, id, DeleteAction.DISASSOCIATE, command.transferEmail()));
            case DELETE -> none(users.delete(connectionId, id, DeleteAction.DELETE, command.transferEmail()));
        };
    }

    private static Uni<CreatedUser> none(Uni<Void> call) {
        return call.map(done -> null);
    }

    private static LicenseType licence(ActionCommand command) {
        return LicenseType.of(command.licenseType()).orElseThrow();
    }
}
