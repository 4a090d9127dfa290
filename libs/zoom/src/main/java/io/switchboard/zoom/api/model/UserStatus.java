package io.switchboard.zoom.api.model;

import java.util.Locale;

/** The {@code status} filter of {@code GET /users}. */
public enum UserStatus {
    ACTIVE,
    INACTIVE,
    PENDING;

    /** As Zoom spells it. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
