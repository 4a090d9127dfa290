package io.switchboard.deploy.demo;

import io.switchboard.deploy.demo.Views.ZoomUser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The organisation's people as its HR system would hand them over, made from the Zoom directory so that most of it
 * matches by email: a profile per Zoom user, except about one in ten left without one ({@code no_profile}), and one
 * user whom HR keeps twice, both records listing the user's address as an alternate email
 * ({@code ambiguous_profiles}). Pending users get their profile too, and stay unmatched until they accept
 * ({@code pending}). Who is left out depends only on the address, so a second run makes the same choices.
 *
 * @param profiles the profiles to store
 * @param leftOut users without a profile
 * @param ambiguous the user whom two profiles claim
 * @param zoomUserOfProfile the Zoom user id behind each profile that should map (not the ambiguous pair's)
 */
public record ProfilePlan(
        List<Profile> profiles, List<ZoomUser> leftOut, ZoomUser ambiguous, Map<String, String> zoomUserOfProfile) {

    /** A profile as {@code PUT /orgs/{org}/profiles/{id}} takes it. */
    public record Profile(String id, String email, String displayName, List<String> alternateEmails) {}

    private static final int LEFT_OUT_ONE_IN = 10;

    public static ProfilePlan of(List<ZoomUser> directory) {
        List<ZoomUser> users = directory.stream()
                .filter(user -> user.email() != null && !user.email().isBlank())
                .sorted(Comparator.comparing(ZoomUser::email))
                .toList();
        List<ZoomUser> listed = users.stream().filter(user -> user.id() != null).toList();
        List<ZoomUser> leftOut = listed.stream().filter(ProfilePlan::leftOut).toList();
        ZoomUser ambiguous = listed.stream()
                .filter(user -> !leftOut(user) && !"0".equals(user.roleId()))
                .findFirst()
                .orElseThrow(() -> new DemoFailure("The Zoom directory has too few users for the demo"));
        List<Profile> profiles = new ArrayList<>();
        Map<String, String> zoomUserOfProfile = new LinkedHashMap<>();
        for (ZoomUser user : users) {
            if (user == ambiguous) {
                profiles.add(twin(user, "a"));
                profiles.add(twin(user, "b"));
            } else if (!leftOut.contains(user)) {
                Profile profile = new Profile(idOf(user.email()), user.email(), user.displayName(), List.of());
                profiles.add(profile);
                if (user.id() != null) {
                    zoomUserOfProfile.put(profile.id(), user.id());
                }
            }
        }
        return new ProfilePlan(List.copyOf(profiles), leftOut, ambiguous, Map.copyOf(zoomUserOfProfile));
    }

    /** How many Zoom users the plan maps: those with a profile of their own, except pending users. */
    public int expectedMatches() {
        return zoomUserOfProfile.size();
    }

    /** The profile id of an address: {@code p-} and its local part. */
    static String idOf(String email) {
        return "p-" + email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT);
    }

    private static boolean leftOut(ZoomUser user) {
        return Math.floorMod(user.email().toLowerCase(Locale.ROOT).hashCode(), LEFT_OUT_ONE_IN) == 0;
    }

    /** One of two HR records of the same person, each under another primary address, both listing the Zoom one. */
    private static Profile twin(ZoomUser user, String suffix) {
        String local = user.email().substring(0, user.email().indexOf('@'));
        return new Profile(
                idOf(user.email()) + "-" + suffix,
                local + "." + suffix + "@hr.example",
                user.displayName() + " (" + suffix + ")",
                List.of(user.email()));
    }
}
