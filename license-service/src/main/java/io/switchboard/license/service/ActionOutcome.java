package io.switchboard.license.service;

import java.util.Locale;

/** How one user action ended, as the audit ({@code license_action.outcome}) and the answers spell it. */
public enum ActionOutcome {
    /** Zoom did what was asked. */
    SUCCEEDED,
    /** Nothing was asked of Zoom: the action was already done, or could not apply to the user. */
    SKIPPED,
    /** Zoom refused or did not answer. */
    FAILED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
