package io.switchboard.usermapping.mapping;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Why a Zoom user is not mapped (or is mapped but switched off). {@code MatchRepository} decides them in SQL with
 * these wire names, and the {@code mapping} table's check constraint allows only them.
 */
public enum MatchReason {
    /** No profile has any of the user's email keys. */
    NO_PROFILE,
    /** The user's keys match two or more profiles. */
    AMBIGUOUS_PROFILES,
    /** Another Zoom user of the connection claims the same profile, or a manual mapping holds it. */
    PROFILE_CLAIMED_TWICE,
    /** The user has no usable address. */
    NO_EMAIL,
    /** Zoom lists the user as invited (pending), without an id. */
    PENDING,
    /** The user is mapped, but the person's Zoom switch is off. */
    DISABLED_BY_ADMIN;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The reason of a wire name; IllegalArgumentException when there is none. */
    public static MatchReason fromWire(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }
}
