package io.switchboard.deploy.demo;

import io.switchboard.deploy.demo.Views.Activity;
import io.switchboard.deploy.demo.Views.TrafficRun;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Step 4: the simulated Zoom plays meetings, webinars and calls of the account's users as signed webhooks into
 * ingest, with Zoom's duplicates and disorder; activity-service turns them into the mapped people's timelines.
 */
final class PlayActivity extends DemoStep {

    /** The simulator dates the activity it plays from here on. */
    static final Instant TRAFFIC_EPOCH = Instant.parse("2026-11-22T09:00:00Z");

    private static final int RATE = 50;
    private static final Duration QUIET = Duration.ofSeconds(5);
    private static final Duration SETTLE_TIMEOUT = Duration.ofMinutes(4);

    PlayActivity(DemoStack stack, Api admin, Narrator narrator) {
        super(stack, admin, narrator);
    }

    TrafficRun run(UUID connection, int events, long seed) {
        narrator.step("Play simulated meetings, webinars and calls as signed Zoom webhooks");
        SimulatorApi simulator = new SimulatorApi(stack.simulator());
        SimulatorApi.Traffic traffic = new SimulatorApi.Traffic(
                stack.ingest() + "/webhooks/zoom",
                stack.webhookSecret(),
                stack.zoomAccountId(),
                events,
                RATE,
                0.05,
                3,
                500,
                seed);
        narrator.say(
                "%d webhooks at %d/s to %s, signed v0 with the stack's secret; 5%% sent twice, reordered in threes",
                events, RATE, traffic.target());
        narrator.command("./switchboard sim traffic --events " + events + " --rate " + RATE + " --seed " + seed);
        TrafficRun started = simulator.start(traffic);
        TrafficRun done = Await.until(
                "traffic run " + started.runId() + " to finish",
                Duration.ofSeconds(events / RATE + 120L),
                () -> simulator.run(started.runId()),
                TrafficRun::finished);
        narrator.result(
                "%d events, %d deliveries accepted (%d duplicates, %d retries), %d refused, %d dropped",
                done.generated(), done.delivered(), done.duplicates(), done.retries(), done.refused(), done.dropped());
        if (done.refused() > 0 || done.dropped() > 0) {
            throw new DemoFailure("ingest did not take every delivery (refused " + done.refused() + ", dropped "
                    + done.dropped() + "): is the stack's webhook secret " + "the one this demo signs with?"
                    + " See ingest's log and switchboard_webhook_rejected_total");
        }
        narrator.say("activity-service records them (the dashboard's freshness tells when events last arrived):");
        narrator.curl(reads.freshnessUrl(connection));
        reads.settled(connection, QUIET, SETTLE_TIMEOUT);
        narrator.curl(reads.streamUrl(TRAFFIC_EPOCH));
        List<Activity> recorded = reads.stream(TRAFFIC_EPOCH);
        narrator.result(
                "the organisation's stream since %s: %d entries, by type and role %s",
                TRAFFIC_EPOCH, recorded.size(), countBy(recorded));
        return done;
    }

    private static Map<String, Long> countBy(List<Activity> entries) {
        return entries.stream()
                .collect(Collectors.groupingBy(
                        entry -> entry.type() + " " + entry.role(), TreeMap::new, Collectors.counting()));
    }
}
