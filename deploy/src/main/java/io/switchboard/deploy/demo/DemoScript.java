package io.switchboard.deploy.demo;

import io.switchboard.deploy.demo.Views.Connection;
import io.switchboard.deploy.demo.Views.MatchReport;
import io.switchboard.deploy.demo.Views.TrafficRun;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The whole mission in one go against a running stack: profiles, the OAuth connection, the import and its match
 * report, Zoom's activity as signed webhooks, a dropped webhook filled by reconciliation, one person's timeline and
 * summary, and the licences. Each step prints what it does, the curl command a dashboard would use and its result;
 * a step that does not get what it needs throws a {@link DemoFailure} that says so.
 */
public final class DemoScript {

    /** The numbered steps. */
    public static final int STEPS = 7;

    private final DemoStack stack;
    private final Narrator narrator;
    private final Api admin;

    public DemoScript(DemoStack stack, Narrator narrator) {
        this.stack = stack;
        this.narrator = narrator;
        this.admin = new Api(stack.adminToken());
    }

    /** Runs every step; {@code events} webhooks of simulated activity, generated from {@code seed}. */
    public DemoOutcome run(int events, long seed) {
        ProfilePlan plan = new SeedProfiles(stack, admin, narrator).run();
        Instant connecting = Instant.now();
        Connection connection = new ConnectZoom(stack, admin, narrator).run();
        MatchReport matches = new ImportReport(stack, admin, narrator).run(connection.id(), connecting);
        TrafficRun traffic = new PlayActivity(stack, admin, narrator).run(connection.id(), events, seed);
        String person = PersonView.featured(
                new ActivityReads(stack, admin).stream(PlayActivity.TRAFFIC_EPOCH),
                plan.zoomUserOfProfile().keySet());
        DemoOutcome.Dropped dropped = new DroppedWebhook(stack, admin, narrator)
                .run(
                        connection.id(),
                        connecting,
                        person,
                        plan.zoomUserOfProfile().get(person),
                        attendees(plan, person));
        DemoOutcome.Person personView = new PersonView(stack, admin, narrator).run(person);
        DemoOutcome.Licences licences = new LicenceView(stack, admin, narrator).run(connection.id());
        return new DemoOutcome(plan, connection, matches, traffic, person, dropped, personView, licences);
    }

    /** Which step is running, for a failure message. */
    public String currentStep() {
        return narrator.current();
    }

    /** Two other mapped people, who attend the dropped meeting. */
    private static List<String> attendees(ProfilePlan plan, String host) {
        return plan.zoomUserOfProfile().entrySet().stream()
                .filter(entry -> !entry.getKey().equals(host))
                .map(Map.Entry::getValue)
                .sorted()
                .limit(2)
                .toList();
    }
}
