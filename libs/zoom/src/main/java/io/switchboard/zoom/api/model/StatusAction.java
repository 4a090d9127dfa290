package io.switchboard.zoom.api.model;

import java.util.Locale;

/** The {@code action} of {@code PUT /users/{id}/status}; deactivating also takes the user's licence away. */
public enum StatusAction {
    ACTIVATE,
    DEACTIVATE;

    /** As Zoom spells it. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
