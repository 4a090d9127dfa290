package io.switchboard.usermapping.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.switchboard.usermapping.service.Matcher.Candidate;
import io.switchboard.usermapping.service.Matcher.Outcome;
import io.switchboard.usermapping.service.Matcher.Reason;
import io.switchboard.usermapping.service.Matcher.Source;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MatcherTest {

    private static final Map<String, Set<String>> PROFILES = Map.of(
            "jane@acme.com", Set.of("p-jane"),
            "j.doe@acme.com", Set.of("p-jane"),
            "shared@acme.com", Set.of("p-a", "p-b"),
            "bob@acme.com", Set.of("p-bob"));

    @Test
    void aUniqueEmailMatchMapsAutomaticallyAndSwitchedOn() {
        Outcome outcome = only(user("u1", "jane@acme.com"), Set.of());
        assertEquals(new Outcome("p-jane", Source.AUTO, null, true), outcome);
    }

    @Test
    void anAliasMatchesTooAndStaysOneMapping() {
        Outcome outcome = only(new Candidate("u1", false, Set.of("old@acme.com", "j.doe@acme.com"), null), Set.of());
        assertEquals("p-jane", outcome.profileId());
    }

    @Test
    void anEmailOfTwoProfilesIsAmbiguousAndNotMapped() {
        Outcome outcome = only(user("u1", "shared@acme.com"), Set.of());
        assertEquals(Reason.AMBIGUOUS_PROFILES, outcome.reason());
        assertNull(outcome.profileId());
    }

    @Test
    void aProfileClaimedByTwoZoomUsersMapsToNeither() {
        Map<String, Outcome> outcomes =
                Matcher.match(List.of(user("u1", "jane@acme.com"), user("u2", "j.doe@acme.com")), PROFILES, Set.of());
        assertEquals(Reason.PROFILE_CLAIMED_TWICE, outcomes.get("u1").reason());
        assertEquals(Reason.PROFILE_CLAIMED_TWICE, outcomes.get("u2").reason());
    }

    @Test
    void aManualMappingWinsAndKeepsItsProfileFromAutomaticClaims() {
        Map<String, Outcome> outcomes = Matcher.match(
                List.of(new Candidate("u1", false, Set.of("other@acme.com"), "p-jane"), user("u2", "jane@acme.com")),
                PROFILES,
                Set.of());
        assertEquals(new Outcome("p-jane", Source.MANUAL, null, true), outcomes.get("u1"));
        assertEquals(Reason.PROFILE_CLAIMED_TWICE, outcomes.get("u2").reason());
    }

    @Test
    void noProfileNoEmailAndPendingEachSayWhy() {
        assertEquals(
                Reason.NO_PROFILE, only(user("u1", "nobody@acme.com"), Set.of()).reason());
        assertEquals(
                Reason.NO_EMAIL,
                only(new Candidate("u1", false, Set.of(), null), Set.of()).reason());
        assertEquals(
                Reason.PENDING,
                only(new Candidate("pending:jane", true, Set.of("jane@acme.com"), null), Set.of())
                        .reason());
    }

    @Test
    void aPersonSwitchedOffKeepsTheMappingDisabled() {
        Outcome outcome = only(user("u1", "bob@acme.com"), Set.of("p-bob"));
        assertEquals("p-bob", outcome.profileId());
        assertEquals(Reason.DISABLED_BY_ADMIN, outcome.reason());
        assertFalse(outcome.matched());
    }

    private static Candidate user(String id, String key) {
        return new Candidate(id, false, Set.of(key), null);
    }

    private static Outcome only(Candidate user, Set<String> disabled) {
        return Matcher.match(List.of(user), PROFILES, disabled).get(user.zoomUserId());
    }
}
