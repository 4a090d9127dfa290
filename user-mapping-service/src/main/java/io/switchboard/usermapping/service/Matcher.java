package io.switchboard.usermapping.service;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides, for every Zoom user of one connection, the profile it maps to or why it maps to none. It never guesses: a
 * user whose keys match two profiles is {@code ambiguous_profiles}; a profile that two users of the connection match
 * (a shared mailbox), or that a manual mapping already holds, maps to none of them ({@code profile_claimed_twice}).
 * A manual mapping always wins. A person switched off keeps the mapping, disabled ({@code disabled_by_admin}).
 */
public final class Matcher {

    private Matcher() {}

    /** Why a Zoom user is not mapped (or mapped but switched off). */
    public enum Reason {
        NO_PROFILE,
        AMBIGUOUS_PROFILES,
        PROFILE_CLAIMED_TWICE,
        NO_EMAIL,
        PENDING,
        DISABLED_BY_ADMIN;

        @JsonValue
        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Reason fromWire(String wire) {
            return wire == null ? null : valueOf(wire.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** Who decided a mapping. */
    public enum Source {
        AUTO,
        MANUAL;

        @JsonValue
        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Source fromWire(String wire) {
            return wire == null ? null : valueOf(wire.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /**
     * A Zoom user as matching sees it.
     *
     * @param zoomUserId the user's key within the connection
     * @param pending whether Zoom lists it as pending (invited, no id)
     * @param keys its email keys (address and aliases)
     * @param manualProfile the profile an admin mapped it to, or null
     */
    public record Candidate(String zoomUserId, boolean pending, Set<String> keys, String manualProfile) {}

    /**
     * The decision for one Zoom user.
     *
     * @param profileId the mapped profile, or null
     * @param source auto or manual when mapped, else null
     * @param reason why it is not mapped (or is mapped but switched off), else null
     * @param enabled whether Zoom is on for the mapped person
     */
    public record Outcome(String profileId, Source source, Reason reason, boolean enabled) {

        /** Whether the user counts as matched: mapped and switched on. */
        public boolean matched() {
            return profileId != null && enabled;
        }
    }

    /**
     * Every user's outcome.
     *
     * @param users the connection's Zoom users
     * @param profilesByKey the organisation's profiles by email key
     * @param disabled the profiles whose Zoom switch is off
     */
    public static Map<String, Outcome> match(
            Collection<Candidate> users, Map<String, Set<String>> profilesByKey, Set<String> disabled) {
        Map<String, Outcome> outcomes = new HashMap<>();
        Set<String> heldByHand = new HashSet<>();
        Map<String, List<String>> claims = new HashMap<>();
        for (Candidate user : users) {
            if (user.manualProfile() != null) {
                heldByHand.add(user.manualProfile());
                outcomes.put(user.zoomUserId(), mapped(user.manualProfile(), Source.MANUAL, disabled));
            } else if (user.pending()) {
                outcomes.put(user.zoomUserId(), unmatched(Reason.PENDING));
            } else if (user.keys().isEmpty()) {
                outcomes.put(user.zoomUserId(), unmatched(Reason.NO_EMAIL));
            } else {
                Set<String> found = candidates(user, profilesByKey);
                if (found.isEmpty()) {
                    outcomes.put(user.zoomUserId(), unmatched(Reason.NO_PROFILE));
                } else if (found.size() > 1) {
                    outcomes.put(user.zoomUserId(), unmatched(Reason.AMBIGUOUS_PROFILES));
                } else {
                    claims.computeIfAbsent(found.iterator().next(), p -> new ArrayList<>())
                            .add(user.zoomUserId());
                }
            }
        }
        claims.forEach((profile, claimants) -> {
            boolean contested = claimants.size() > 1 || heldByHand.contains(profile);
            for (String zoomUserId : claimants) {
                outcomes.put(
                        zoomUserId,
                        contested ? unmatched(Reason.PROFILE_CLAIMED_TWICE) : mapped(profile, Source.AUTO, disabled));
            }
        });
        return outcomes;
    }

    private static Set<String> candidates(Candidate user, Map<String, Set<String>> profilesByKey) {
        Set<String> found = new HashSet<>();
        for (String key : user.keys()) {
            found.addAll(profilesByKey.getOrDefault(key, Set.of()));
        }
        return found;
    }

    private static Outcome mapped(String profile, Source source, Set<String> disabled) {
        boolean on = !disabled.contains(profile);
        return new Outcome(profile, source, on ? null : Reason.DISABLED_BY_ADMIN, on);
    }

    private static Outcome unmatched(Reason reason) {
        return new Outcome(null, null, reason, true);
    }
}
