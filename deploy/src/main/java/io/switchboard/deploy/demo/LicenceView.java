package io.switchboard.deploy.demo;

import io.switchboard.deploy.demo.Views.LicenceSummary;
import io.switchboard.deploy.demo.Views.UnusedReport;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Collectors;

/** Step 7: the connection's licences from license-service: the plan's seats, and who holds one without using it. */
final class LicenceView extends DemoStep {

    private static final Duration SYNC_TIMEOUT = Duration.ofMinutes(2);
    private static final int SHOWN = 8;

    LicenceView(DemoStack stack, Api admin, Narrator narrator) {
        super(stack, admin, narrator);
    }

    DemoOutcome.Licences run(UUID connection) {
        narrator.step("Licences: the summary and the unused licences");
        String summaryUrl = stack.org(stack.licences(), "/connections/" + connection + "/licenses/summary");
        narrator.curl(summaryUrl);
        LicenceSummary summary = Await.until(
                "license-service to sync the plan's seats from Zoom",
                SYNC_TIMEOUT,
                () -> admin.get(summaryUrl, LicenceSummary.class),
                read -> read.seats() != null && read.users() > 0);
        narrator.result(
                "%s%d seats, %d assigned, %d available, %d pending; %d users by licence type: %s",
                summary.seats().planName() == null
                        ? ""
                        : "plan " + summary.seats().planName() + ": ",
                summary.seats().total(),
                summary.seats().assigned(),
                summary.seats().available(),
                summary.seats().pending(),
                summary.users(),
                summary.byType().stream()
                        .map(type -> type.name() + " " + type.users())
                        .collect(Collectors.joining(", ")));
        String unusedUrl = stack.org(
                stack.licences(), "/connections/" + connection + "/licenses/unused?inactiveDays=30&basis=both");
        narrator.curl(unusedUrl);
        UnusedReport unused = admin.get(unusedUrl, UnusedReport.class);
        narrator.result(
                "%d Licensed users neither signed in nor hosted in %d days (admins left out): reclaiming frees %d seats",
                unused.users().size(), unused.inactiveDays(), unused.seatsFreed());
        unused.users().stream()
                .limit(SHOWN)
                .forEach(user -> narrator.say(
                        "    %-52s %-7s last login %s, %d days inactive%s",
                        user.email(),
                        user.roleName(),
                        Narrator.time(user.lastLoginAt()),
                        user.daysInactive(),
                        user.profileId() == null ? "" : " (" + user.profileId() + ")"));
        if (unused.users().size() > SHOWN) {
            narrator.say("    ... and %d more", unused.users().size() - SHOWN);
        }
        narrator.say("caveat: %s", unused.caveat());
        return new DemoOutcome.Licences(summary, unused);
    }
}
