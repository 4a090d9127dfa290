package io.switchboard.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.switchboard.deploy.LocalStack;
import io.switchboard.deploy.StackConfig;
import io.switchboard.deploy.demo.DemoOutcome;
import io.switchboard.deploy.demo.DemoScript;
import io.switchboard.deploy.demo.DemoStack;
import io.switchboard.deploy.demo.Narrator;
import io.switchboard.deploy.demo.Views.Activity;
import io.switchboard.security.Roles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code ./switchboard demo}'s steps run against the started stack: what they got back from the services and what
 * they printed for the person watching.
 */
final class DemoChecks {

    private final DemoOutcome outcome;
    private final String printed;

    private DemoChecks(DemoOutcome outcome, String printed) {
        this.outcome = outcome;
        this.printed = printed;
    }

    /** Runs the demo's steps for {@code org} with {@code events} webhooks of traffic. */
    static DemoChecks run(StackConfig config, LocalStack stack, String org, int events) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        String admin = stack.token("demo-admin@" + org, org, List.of(Roles.ADMIN), Duration.ofHours(1));
        DemoScript script = new DemoScript(
                DemoStack.of(config, org, admin, stack.webhookSecret()), new Narrator(out, DemoScript.STEPS));
        try {
            return new DemoChecks(script.run(events, 11), bytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.out.print(bytes.toString(StandardCharsets.UTF_8));
        }
    }

    /** Every step has its numbered heading, and the dashboard's curl commands carry the $TOKEN placeholder. */
    void printsEveryStepWithTheDashboardsCurlCommands() {
        for (int step = 1; step <= DemoScript.STEPS; step++) {
            assertTrue(printed.contains("[" + step + "/" + DemoScript.STEPS + "] "), "step " + step);
        }
        assertTrue(printed.contains("$ curl -s -H \"Authorization: Bearer $TOKEN\" 'http://127.0.0.1:"), printed);
        assertTrue(printed.contains("/connections/" + outcome.connection().id() + "/match-report'"), printed);
    }

    /** The import mapped exactly who the profiles match, and lists the rest with their reasons. */
    void mapsWhatTheProfilesMatchAndListsTheUnmatchedWithTheirReasons() {
        assertEquals("active", outcome.connection().status());
        assertEquals(outcome.plan().expectedMatches(), outcome.matches().matched());
        Map<String, Long> reasons = outcome.matches().byReason();
        assertEquals(outcome.plan().leftOut().size(), reasons.get("no_profile"), reasons.toString());
        assertEquals(1L, reasons.get("ambiguous_profiles"), reasons.toString());
        assertTrue(reasons.getOrDefault("pending", 0L) > 0, reasons.toString());
        assertEquals(
                outcome.plan().ambiguous().id(),
                outcome.matches().users().get("ambiguous_profiles").get(0).zoomUserId());
        assertTrue(printed.contains("unmatched, no_profile (" + reasons.get("no_profile") + "):"), printed);
        assertTrue(printed.contains(outcome.plan().ambiguous().email()), printed);
    }

    /** Traffic arrived signed; the dropped meeting was missing until the re-sync, then on the host's timeline. */
    void fillsTheDroppedMeetingByReconciliation() {
        assertEquals(0, outcome.traffic().refused());
        assertTrue(
                outcome.traffic().delivered() >= outcome.traffic().generated(),
                outcome.traffic().toString());
        DemoOutcome.Dropped dropped = outcome.dropped();
        assertTrue(dropped.missingBefore(), "the dropped meeting was on the timeline before the re-sync");
        assertEquals("sync", dropped.run().trigger());
        assertEquals("hosted", dropped.filled().role());
        List<String> titles =
                outcome.personView().timeline().stream().map(Activity::title).toList();
        assertTrue(titles.contains(dropped.topic()), titles.toString());
        assertTrue(printed.contains("not on " + outcome.person() + "'s timeline"), printed);
        assertTrue(printed.contains("now on the timeline: "), printed);
    }

    /** The person's summary counts the week of the dropped meeting; the licence figures are there. */
    void showsThePersonsSummaryAndTheLicences() {
        assertFalse(outcome.personView().summary().weeks().isEmpty());
        assertTrue(outcome.personView().summary().weeks().stream().anyMatch(week -> week.meetingsHosted() > 0));
        DemoOutcome.Licences licences = outcome.licences();
        assertNotNull(licences.summary().seats());
        assertTrue(licences.summary().seats().total() > 0);
        assertEquals(
                licences.summary().seats().total() - licences.summary().seats().assigned(),
                licences.summary().seats().available());
        assertTrue(licences.unused().seatsFreed() > 0, licences.unused().toString());
        assertTrue(printed.contains(licences.summary().seats().total() + " seats"), printed);
        assertTrue(printed.contains("reclaiming frees " + licences.unused().seatsFreed() + " seats"), printed);
    }
}
