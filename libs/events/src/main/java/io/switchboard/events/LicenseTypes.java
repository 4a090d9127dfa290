package io.switchboard.events;

/** The event types of {@code switchboard.license-actions}, keyed {@code connectionId:zoomUserId}. */
public final class LicenseTypes {

    /** A Zoom user was created through Switchboard. */
    public static final String USER_CREATED = "license.user_created";

    /** A Zoom user was deactivated (Zoom takes their licence away). */
    public static final String USER_DEACTIVATED = "license.user_deactivated";

    /** A Zoom user was activated again. */
    public static final String USER_ACTIVATED = "license.user_activated";

    /** A Zoom user's licence type changed (for example a downgrade to Basic). */
    public static final String LICENSE_CHANGED = "license.license_changed";

    /** A Zoom user was disassociated from the account or deleted for good. */
    public static final String USER_DELETED = "license.user_deleted";

    private LicenseTypes() {}
}
