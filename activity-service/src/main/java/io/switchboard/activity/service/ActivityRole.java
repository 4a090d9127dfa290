package io.switchboard.activity.service;

import java.util.Locale;

/** A person's part in an activity: hosted or attended a meeting or webinar; placed, received or missed a call. */
public enum ActivityRole {
    HOSTED,
    ATTENDED,
    PLACED,
    RECEIVED,
    MISSED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
