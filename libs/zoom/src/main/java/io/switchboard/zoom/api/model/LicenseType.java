package io.switchboard.zoom.api.model;

import java.util.Arrays;
import java.util.Optional;

/** Zoom's licence {@code type} of a user (older payloads also carry 3, On-prem, which has no constant here). */
public enum LicenseType {
    BASIC(1),
    LICENSED(2),
    UNASSIGNED_WITHOUT_MEETINGS_BASIC(4),
    NONE(99);

    private final int code;

    LicenseType(int code) {
        this.code = code;
    }

    /** Zoom's number for it. */
    public int code() {
        return code;
    }

    /** The licence type of Zoom's {@code code}, if it is one of these. */
    public static Optional<LicenseType> of(int code) {
        return Arrays.stream(values()).filter(type -> type.code == code).findFirst();
    }
}
