package io.switchboard.deploy.demo;

import io.switchboard.deploy.demo.ProfilePlan.Profile;
import io.switchboard.deploy.demo.Views.ZoomUser;
import java.util.List;
import java.util.Map;

/** Step 1: the organisation's people become profiles in user-mapping-service, before Zoom is connected. */
final class SeedProfiles extends DemoStep {

    SeedProfiles(DemoStack stack, Api admin, Narrator narrator) {
        super(stack, admin, narrator);
    }

    ProfilePlan run() {
        narrator.step("Seed the people of org '" + stack.org() + "' as profiles");
        List<ZoomUser> directory = new SimulatorApi(stack.simulator()).directory(stack.zoomAccountId());
        narrator.say(
                "HR's list of people is made from the simulated Zoom account %s (%d users, read from the"
                        + " simulator's GET /v2/users, not from Switchboard):",
                stack.zoomAccountId(), directory.size());
        ProfilePlan plan = ProfilePlan.of(directory);
        narrator.say(
                "a profile for most, none for %d of them, and %s kept twice by HR (both records list that address).",
                plan.leftOut().size(), plan.ambiguous().email());
        Profile example = plan.profiles().stream()
                .filter(profile -> profile.alternateEmails().isEmpty())
                .findFirst()
                .orElseThrow();
        narrator.curl("PUT", profileUrl(example.id()), body(example));
        narrator.say("and one of the two records of the person HR keeps twice:");
        Profile twin = plan.profiles().stream()
                .filter(profile -> !profile.alternateEmails().isEmpty())
                .findFirst()
                .orElseThrow();
        narrator.curl("PUT", profileUrl(twin.id()), body(twin));
        for (Profile profile : plan.profiles()) {
            admin.call("PUT", profileUrl(profile.id()), body(profile), Void.class);
        }
        narrator.result(
                "%d profiles stored; %d Zoom users should match by email",
                plan.profiles().size(), plan.expectedMatches());
        return plan;
    }

    private String profileUrl(String id) {
        return stack.org(stack.userMapping(), "/profiles/" + id);
    }

    private static Map<String, Object> body(Profile profile) {
        return Map.of(
                "email", profile.email(),
                "displayName", profile.displayName(),
                "alternateEmails", profile.alternateEmails());
    }
}
