package io.switchboard.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.activity.ZoomActivity.Instance;
import io.switchboard.activity.ZoomActivity.Org;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.time.Instant;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Who shows on a timeline follows the mappings: late mapping, switch-off, and a removed connection. */
@QuarkusTest
class TimelineAccessTest {

    private static final Instant T0 = Instant.parse("2026-11-09T10:00:00Z");

    private final Pool database;

    TimelineAccessTest(Pool database) {
        this.database = database;
    }

    @Test
    void aZoomUserMappedLaterGetsTheirRecentActivity() {
        Org org = Org.connected();
        Instance meeting = held(org, "late-host", T0);
        awaitRecorded(meeting);
        assertEquals(0, org.entries("p-late").size());

        org.map("late-host", "p-late", true);

        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> org.entries("p-late").size() == 1);
    }

    @Test
    void aPersonSwitchedOffHasTheirEntriesHiddenAndGetsNoNewOnes() {
        Org org = Org.connected();
        org.map("host1", "p-host", true);
        held(org, "host1", T0);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> org.entries("p-host").size() == 1);

        org.map("host1", "p-host", false);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> org.entries("p-host").isEmpty());
        Instance whileOff = held(org, "host1", T0.plusSeconds(7200));
        awaitRecorded(whileOff);

        org.map("host1", "p-host", true);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> org.entries("p-host").size() == 1);
        assertEquals(
                T0.toString(), org.entries("p-host").get(0).get("startedAt"), "the meeting held while off stays off");
    }

    @Test
    void aRemovedConnectionLosesItsActivityAndItsZoomUsers() {
        Org org = Org.connected();
        org.map("host1", "p-host", true);
        org.zoomUser("host1", "host1@acme.example");
        Instance meeting = held(org, "host1", T0);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> org.entries("p-host").size() == 1 && zoomUsers(org) == 1);

        org.removed();

        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> org.entries("p-host").isEmpty() && instances(meeting) == 0 && zoomUsers(org) == 0);
    }

    private long zoomUsers(Org org) {
        return io.switchboard.testing.TestSql.number(
                database, "select count(*) from zoom_user_ref where connection_id = $1", org.connection());
    }

    private static Instance held(Org org, String host, Instant start) {
        Instance meeting = Instance.meeting(org, host, start);
        ZoomActivity.deliver(meeting, meeting.started(1_000));
        ZoomActivity.deliver(meeting, meeting.ended(start.plusSeconds(1800), 2_000));
        return meeting;
    }

    private void awaitRecorded(Instance meeting) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> instances(meeting) == 1 && ended(meeting));
    }

    private long instances(Instance meeting) {
        return database.preparedQuery("select count(*) from meeting_instance where uuid = $1")
                .execute(Tuple.of(meeting.uuid()))
                .await()
                .atMost(Duration.ofSeconds(10))
                .iterator()
                .next()
                .getLong(0);
    }

    private boolean ended(Instance meeting) {
        return database.preparedQuery("select count(*) from meeting_instance where uuid = $1 and ended_at is not null")
                        .execute(Tuple.of(meeting.uuid()))
                        .await()
                        .atMost(Duration.ofSeconds(10))
                        .iterator()
                        .next()
                        .getLong(0)
                == 1;
    }
}
