package io.switchboard.deploy.demo;

import io.switchboard.deploy.demo.Views.Activity;
import io.switchboard.deploy.demo.Views.Reconciliation;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Step 5: a meeting whose webhooks Zoom dropped (it is in Zoom's reports, no webhook of it was delivered) is missing
 * from its host's timeline until a re-sync ({@code connection.sync_requested}) reconciles with Zoom's reports.
 */
final class DroppedWebhook extends DemoStep {

    private static final Duration RECONCILE_TIMEOUT = Duration.ofMinutes(6);
    private static final List<String> ENDED = List.of("completed", "failed");

    DroppedWebhook(DemoStack stack, Api admin, Narrator narrator) {
        super(stack, admin, narrator);
    }

    /** Drops a meeting of {@code host} once the backfill queued by the connection made at {@code connectedAt} ended. */
    DemoOutcome.Dropped run(
            UUID connection, Instant connectedAt, String host, String hostZoomUser, List<String> attendees) {
        narrator.step("Drop a webhook on purpose; reconciliation fills the gap");
        narrator.say("First the backfill that the new connection started has to end:");
        narrator.curl(reads.freshnessUrl(connection));
        Reconciliation backfill = ended(
                connection,
                "the backfill queued since " + connectedAt,
                latest -> !latest.queuedAt().isBefore(connectedAt));
        narrator.result(
                "%s reconciliation %s..%s %s: %d meetings, %d webinars, %d calls from Zoom's reports",
                backfill.trigger(),
                backfill.from(),
                backfill.to(),
                backfill.state(),
                backfill.meetings(),
                backfill.webinars(),
                backfill.calls());
        Instant recorded = Instant.now();
        SimulatorApi.PastMeeting meeting = meeting(hostZoomUser, attendees);
        new SimulatorApi(stack.simulator()).recordWithoutWebhooks(stack.zoomAccountId(), meeting);
        narrator.say(
                "Zoom held '%s' (%s UTC, hosted by %s, Zoom user %s, with two colleagues and a guest) and"
                        + " dropped all of its webhooks after three retries: it is only in Zoom's reports.",
                meeting.topic(), Narrator.time(Instant.parse(meeting.startTime())), host, hostZoomUser);
        boolean missing = onTimeline(host, meeting.topic()).isEmpty();
        narrator.curl(reads.timelineUrl(host) + "&types=meeting");
        narrator.result(missing ? "not on %s's timeline: no webhook told of it" : "already on %s's timeline", host);
        narrator.say("An admin asks for a re-sync (connection.sync_requested; reconciles the last 7 days):");
        String sync = stack.org(stack.connections(), "/connections/" + connection + "/sync");
        narrator.curl("POST", sync, null);
        admin.call("POST", sync, null, Void.class);
        Reconciliation run = ended(
                connection,
                "a reconciliation started after " + recorded,
                latest -> latest.startedAt() != null && !latest.startedAt().isBefore(recorded));
        if (!"completed".equals(run.state())) {
            throw new DemoFailure("The reconciliation ended " + run.state() + ": " + run.lastError());
        }
        narrator.result(
                "%s reconciliation %s..%s completed: %d meetings, %d webinars, %d calls from Zoom's reports",
                run.trigger(), run.from(), run.to(), run.meetings(), run.webinars(), run.calls());
        Activity filled = Await.until(
                "the dropped meeting " + meeting.uuid() + " on " + host + "'s timeline",
                Duration.ofMinutes(1),
                () -> onTimeline(host, meeting.topic()).orElse(null),
                entry -> true);
        narrator.curl(reads.timelineUrl(host) + "&types=meeting");
        narrator.result(
                "now on the timeline: %s %s '%s', %d min, %d participants",
                Narrator.time(filled.startedAt()),
                filled.role(),
                filled.title(),
                filled.durationSeconds() / 60,
                filled.participants());
        return new DemoOutcome.Dropped(meeting.uuid(), meeting.topic(), missing, filled, run);
    }

    /** The connection's newest reconciliation once it is {@code ours} and has ended. */
    private Reconciliation ended(UUID connection, String what, Predicate<Reconciliation> ours) {
        return Await.until(
                what + " of connection " + connection + " to end",
                RECONCILE_TIMEOUT,
                () -> reads.freshness(connection).lastReconciliation(),
                latest -> ours.test(latest) && ENDED.contains(latest.state()));
    }

    /** The host's entry of the meeting, found by its topic (entries do not carry Zoom's uuid). */
    private Optional<Activity> onTimeline(String host, String topic) {
        return reads.timeline(host).stream()
                .filter(entry -> topic.equals(entry.title()))
                .findFirst();
    }

    private static SimulatorApi.PastMeeting meeting(String hostZoomUser, List<String> attendees) {
        Instant start = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        Instant end = start.plus(45, ChronoUnit.MINUTES);
        String uuid = "demo-" + UUID.randomUUID();
        List<Map<String, Object>> participants = new ArrayList<>();
        participants.add(participant(hostZoomUser, "Host", start, end));
        attendees.forEach(id -> participants.add(participant(id, "Attendee " + id, start.plusSeconds(120), end)));
        participants.add(participant("", "Guest", start.plusSeconds(300), end.minusSeconds(600)));
        return new SimulatorApi.PastMeeting(
                uuid,
                85_000_000_000L + Math.floorMod(uuid.hashCode(), 1_000_000_000),
                hostZoomUser,
                "Budget review " + uuid.substring(5, 13) + " (its webhooks were dropped)",
                start.toString(),
                end.toString(),
                participants);
    }

    private static Map<String, Object> participant(String id, String name, Instant join, Instant leave) {
        return Map.of(
                "id",
                id,
                "name",
                name,
                "user_email",
                "",
                "join_time",
                join.toString(),
                "leave_time",
                leave.toString(),
                "duration",
                Duration.between(join, leave).toSeconds());
    }
}
