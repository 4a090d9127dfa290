package io.switchboard.events;

/**
 * The event types of user-mapping-service's compacted topics. A tombstone (null value) carries the {@code removed}
 * type; consumers keep the latest record per key.
 */
public final class DirectoryTypes {

    /** {@code switchboard.zoom-users}: a Zoom user's full record, as imported or updated by Zoom's webhooks. */
    public static final String ZOOM_USER_UPSERTED = "zoom_user.upserted";

    /** {@code switchboard.zoom-users}: the Zoom user is gone (tombstone). */
    public static final String ZOOM_USER_REMOVED = "zoom_user.removed";

    /** {@code switchboard.mappings}: a Zoom user is mapped to a profile (or its switch changed). */
    public static final String MAPPING_CHANGED = "mapping.changed";

    /** {@code switchboard.mappings}: the Zoom user is not mapped any more (tombstone). */
    public static final String MAPPING_REMOVED = "mapping.removed";

    /** {@code switchboard.profiles}: a profile was created or replaced. */
    public static final String PROFILE_UPSERTED = "profile.upserted";

    /** {@code switchboard.profiles}: a profile was deleted. */
    public static final String PROFILE_DELETED = "profile.deleted";

    private DirectoryTypes() {}
}
