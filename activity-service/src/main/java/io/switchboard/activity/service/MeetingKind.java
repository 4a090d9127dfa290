package io.switchboard.activity.service;

import java.util.Locale;

/** A Zoom meeting or webinar: the two share their events' shapes and differ in the timeline entry's type. */
public enum MeetingKind {
    MEETING,
    WEBINAR;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MeetingKind fromWire(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }
}
