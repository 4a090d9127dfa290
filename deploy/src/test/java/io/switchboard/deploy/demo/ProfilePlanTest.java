package io.switchboard.deploy.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.deploy.demo.ProfilePlan.Profile;
import io.switchboard.deploy.demo.Views.ZoomUser;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The demo's HR list: most Zoom users get a profile, some none, one is claimed twice, pending ones wait. */
class ProfilePlanTest {

    private static final List<ZoomUser> DIRECTORY = directory();

    @Test
    void mostUsersGetAProfileOfTheirOwnUnderTheirZoomAddress() {
        ProfilePlan plan = ProfilePlan.of(DIRECTORY);

        long listed = DIRECTORY.stream().filter(user -> user.id() != null).count();
        assertEquals(listed - plan.leftOut().size() - 1, plan.expectedMatches());
        assertTrue(plan.expectedMatches() > listed * 3 / 4, plan.expectedMatches() + " of " + listed);
        assertFalse(plan.leftOut().isEmpty());
        for (ZoomUser left : plan.leftOut()) {
            assertTrue(plan.profiles().stream().noneMatch(profile -> mentions(profile, left.email())));
        }
        plan.zoomUserOfProfile()
                .forEach((profile, zoomUser) -> assertEquals(profile, "p-user" + zoomUser.substring(1), zoomUser));
    }

    @Test
    void oneUserIsClaimedByTwoProfilesThroughTheirAlternateEmails() {
        ProfilePlan plan = ProfilePlan.of(DIRECTORY);

        List<Profile> claiming = plan.profiles().stream()
                .filter(profile ->
                        profile.alternateEmails().contains(plan.ambiguous().email()))
                .toList();
        assertEquals(2, claiming.size());
        assertTrue(claiming.stream()
                .noneMatch(profile -> profile.email().equals(plan.ambiguous().email())));
        assertFalse(plan.zoomUserOfProfile().containsValue(plan.ambiguous().id()));
        assertFalse("0".equals(plan.ambiguous().roleId()), "the owner is never the ambiguous one");
    }

    @Test
    void pendingUsersGetTheirProfileButAreNotExpectedToMatch() {
        ProfilePlan plan = ProfilePlan.of(DIRECTORY);

        assertTrue(plan.profiles().stream().anyMatch(profile -> profile.email().equals("pending1@acme.example")));
        assertFalse(plan.zoomUserOfProfile().containsKey("p-pending1"));
        assertTrue(plan.leftOut().stream().allMatch(user -> user.id() != null));
    }

    @Test
    void theSameDirectoryAlwaysGivesTheSamePlanWhateverItsOrder() {
        List<ZoomUser> reversed = new ArrayList<>(DIRECTORY);
        java.util.Collections.reverse(reversed);

        assertEquals(ProfilePlan.of(DIRECTORY), ProfilePlan.of(reversed));
    }

    private static boolean mentions(Profile profile, String email) {
        return profile.email().equals(email) || profile.alternateEmails().contains(email);
    }

    private static List<ZoomUser> directory() {
        List<ZoomUser> users = new ArrayList<>();
        IntStream.range(0, 60)
                .forEach(n -> users.add(new ZoomUser(
                        "u" + n, "user" + n + "@acme.example", "User " + n, "active", n == 0 ? "0" : "2")));
        IntStream.range(0, 4)
                .forEach(n ->
                        users.add(new ZoomUser(null, "pending" + n + "@acme.example", "Pending " + n, "pending", "2")));
        return users;
    }
}
