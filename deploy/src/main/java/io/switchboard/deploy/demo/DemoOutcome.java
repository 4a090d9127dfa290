package io.switchboard.deploy.demo;

import io.switchboard.deploy.demo.Views.Activity;
import io.switchboard.deploy.demo.Views.Connection;
import io.switchboard.deploy.demo.Views.LicenceSummary;
import io.switchboard.deploy.demo.Views.MatchReport;
import io.switchboard.deploy.demo.Views.Reconciliation;
import io.switchboard.deploy.demo.Views.Summary;
import io.switchboard.deploy.demo.Views.TrafficRun;
import io.switchboard.deploy.demo.Views.UnusedReport;
import java.util.List;

/**
 * What the demo's steps got back from the stack, for the end-to-end test to check beside what it printed.
 *
 * @param person the mapped person whose timeline and summary were shown
 */
public record DemoOutcome(
        ProfilePlan plan,
        Connection connection,
        MatchReport matches,
        TrafficRun traffic,
        String person,
        Dropped dropped,
        Person personView,
        Licences licences) {

    /**
     * The meeting whose webhooks Zoom dropped, and what its host's timeline showed before and after the re-sync.
     *
     * @param missingBefore whether the timeline lacked it before the re-sync
     * @param filled its timeline entry after the reconciliation
     * @param run the reconciliation that filled it
     */
    public record Dropped(String uuid, String topic, boolean missingBefore, Activity filled, Reconciliation run) {}

    /** The person's timeline (newest first) and weekly summary. */
    public record Person(List<Activity> timeline, Summary summary) {}

    /** The licence summary and the unused licences. */
    public record Licences(LicenceSummary summary, UnusedReport unused) {}
}
