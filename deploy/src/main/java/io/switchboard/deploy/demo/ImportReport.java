package io.switchboard.deploy.demo;

import io.switchboard.deploy.demo.Views.ImportStatus;
import io.switchboard.deploy.demo.Views.MappedUser;
import io.switchboard.deploy.demo.Views.MatchReport;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Step 3: user-mapping-service imports the connection's Zoom users and matches them to the profiles. */
final class ImportReport extends DemoStep {

    private static final Duration IMPORT_TIMEOUT = Duration.ofMinutes(3);
    private static final int LISTED_PER_REASON = 5;

    ImportReport(DemoStack stack, Api admin, Narrator narrator) {
        super(stack, admin, narrator);
    }

    /** Waits for the import queued since {@code connectedAt}, then reads the match report. */
    MatchReport run(UUID connection, Instant connectedAt) {
        narrator.step("Import the Zoom users and match them to the profiles");
        String importUrl = stack.org(stack.userMapping(), "/connections/" + connection + "/import");
        narrator.say("connection.established queued an import; the dashboard polls it:");
        narrator.curl(importUrl);
        ImportStatus done = Await.until(
                "the import of connection " + connection + " to complete",
                IMPORT_TIMEOUT,
                () -> admin.find(importUrl, ImportStatus.class),
                status -> !status.queuedAt().isBefore(connectedAt) && finished(status));
        if (!"completed".equals(done.state())) {
            throw new DemoFailure("The import ended " + done.state() + ": " + done.lastError());
        }
        narrator.result(
                "import %s: %d page(s), %d users seen, %d matched, %d unmatched",
                done.state(), done.pagesFetched(), done.usersSeen(), done.matched(), done.unmatched());
        String reportUrl = stack.org(stack.userMapping(), "/connections/" + connection + "/match-report");
        narrator.curl(reportUrl);
        MatchReport report = admin.get(reportUrl, MatchReport.class);
        narrator.result(
                "%d of %d Zoom users mapped (match rate %.0f%%); unmatched by reason: %s",
                report.matched(), report.total(), report.matchRate() * 100, report.byReason());
        report.byReason()
                .forEach((reason, count) ->
                        listUnmatched(reason, count, report.users().get(reason)));
        narrator.say("The Users tab lists every user of one reason:");
        narrator.curl(stack.org(stack.userMapping(), "/connections/" + connection + "/zoom-users?reason=no_profile"));
        return report;
    }

    private void listUnmatched(String reason, long count, List<MappedUser> users) {
        narrator.say("unmatched, %s (%d):", reason, count);
        List<MappedUser> listed = users == null ? List.of() : users;
        listed.stream()
                .limit(LISTED_PER_REASON)
                .forEach(user -> narrator.say("    %-52s %s", user.email(), user.status()));
        if (count > LISTED_PER_REASON) {
            narrator.say("    ... and %d more", count - LISTED_PER_REASON);
        }
    }

    private static boolean finished(ImportStatus status) {
        return List.of("completed", "failed").contains(status.state());
    }
}
