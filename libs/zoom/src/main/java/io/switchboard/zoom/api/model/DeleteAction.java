package io.switchboard.zoom.api.model;

import java.util.Locale;

/**
 * The {@code action} of {@code DELETE /users/{id}}: disassociate (Zoom's default: the user leaves the account and keeps
 * a Basic account of their own) or delete for good. Pending users can only be disassociated.
 */
public enum DeleteAction {
    DISASSOCIATE,
    DELETE;

    /** As Zoom spells it. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
