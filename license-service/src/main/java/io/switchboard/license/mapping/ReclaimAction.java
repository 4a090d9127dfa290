package io.switchboard.license.mapping;

import io.switchboard.domain.DomainException;
import java.util.Locale;

/** What a reclaim does to each user: downgrade to Basic (licence type 1), or deactivate. */
public enum ReclaimAction {
    DOWNGRADE,
    DEACTIVATE;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The action named {@code value}; 400 problem when it is neither. */
    public static ReclaimAction parse(String value) {
        if (value == null) {
            throw DomainException.invalid("action is required: downgrade or deactivate.");
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "downgrade" -> DOWNGRADE;
            case "deactivate" -> DEACTIVATE;
            default -> throw DomainException.invalid("action must be downgrade or deactivate.");
        };
    }
}
