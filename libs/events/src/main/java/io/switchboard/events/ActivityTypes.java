package io.switchboard.events;

/** The event types of {@code switchboard.activities}, keyed {@code orgId:profileId}. */
public final class ActivityTypes {

    /** A timeline entry appeared: a meeting or webinar hosted or attended, or a phone call. */
    public static final String RECORDED = "activity.recorded";

    /** A timeline entry changed: it ended, more participants came, a late event or a reconciliation completed it. */
    public static final String UPDATED = "activity.updated";

    private ActivityTypes() {}
}
