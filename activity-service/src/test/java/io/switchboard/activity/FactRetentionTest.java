package io.switchboard.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.switchboard.activity.ZoomActivity.Call;
import io.switchboard.activity.ZoomActivity.Instance;
import io.switchboard.activity.ZoomActivity.Org;
import io.switchboard.activity.service.FactRetention;
import io.switchboard.testing.TestSql;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The facts of Zoom users nobody is mapped to are kept for the unmapped window (7 days), and a mapped person's always. */
@QuarkusTest
class FactRetentionTest {

    private static final Instant START =
            Instant.now().minus(Duration.ofDays(10)).truncatedTo(ChronoUnit.HOURS);

    @Inject
    Pool database;

    @Inject
    FactRetention retention;

    private long instances(Instance meeting) {
        return TestSql.number(
                database,
                "select count(*) from meeting_instance where zoom_account_id = $1 and uuid = $2",
                meeting.account(),
                meeting.uuid());
    }

    private long marks(Instance meeting) {
        return TestSql.number(
                database,
                "select count(*) from participant_event where zoom_account_id = $1 and uuid = $2",
                meeting.account(),
                meeting.uuid());
    }

    private long reports(Call call) {
        return TestSql.number(
                database,
                "select count(*) from phone_report where zoom_account_id = $1 and call_id = $2",
                call.account(),
                call.callId());
    }

    /** Everything of the account arrived eight days ago: past the window. */
    private void receivedEightDaysAgo(Org org) {
        for (String table : new String[] {"meeting_instance", "participant_event", "phone_report"}) {
            database.preparedQuery("update " + table + " set received_at = now() - interval '8 days'"
                            + " where zoom_account_id = $1")
                    .execute(Tuple.of(org.account()))
                    .await()
                    .atMost(Duration.ofSeconds(10));
        }
    }

    private static Instance meetingWithAttendee(Org org, String host, String attendee) {
        Instance meeting = Instance.meeting(org, host, START);
        ZoomActivity.deliver(meeting, meeting.started(1_000));
        ZoomActivity.deliver(meeting, meeting.joined(attendee, "16000009", "Attendee", START.plusSeconds(60), 2_000));
        ZoomActivity.deliver(meeting, meeting.ended(START.plusSeconds(1800), 3_000));
        return meeting;
    }

    private static Call call(Org org, String caller, String callee) {
        Call call = Call.between(org, caller, callee, START, START.plusSeconds(5), START.plusSeconds(65));
        call.deliver(call.realtime("phone.caller_ended", 1_000));
        return call;
    }

    @Test
    void theFactsOfAMeetingAndACallNobodyMappedTookPartInAreForgottenAfterTheWindow() {
        Org org = Org.connected();
        Instance meeting = meetingWithAttendee(org, "stranger1", "stranger2");
        Call call = call(org, "stranger1", "stranger2");
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> instances(meeting) == 1 && marks(meeting) == 1 && reports(call) > 0);
        receivedEightDaysAgo(org);

        retention.pass().await().atMost(Duration.ofSeconds(30));

        assertEquals(0, instances(meeting));
        assertEquals(0, marks(meeting));
        assertEquals(0, reports(call));
    }

    @Test
    void aMappedPersonsMeetingsAndCallsKeepTheirFactsAfterTheWindow() {
        Org org = Org.connected();
        org.map("attendee1", "p-attendee", true);
        Instance meeting = meetingWithAttendee(org, "stranger1", "attendee1");
        Call call = call(org, "attendee1", "stranger1");
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> org.entries("p-attendee").size() == 2);
        receivedEightDaysAgo(org);

        retention.pass().await().atMost(Duration.ofSeconds(30));

        assertEquals(1, instances(meeting), "the meeting the mapped attendee took part in");
        assertEquals(1, marks(meeting));
        assertEquals(1, reports(call), "the call the mapped person placed");
    }

    @Test
    void theFactsOfAnUnmappedMeetingAreKeptWithinTheWindow() {
        Org org = Org.connected();
        Instance meeting = meetingWithAttendee(org, "stranger1", "stranger2");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> instances(meeting) == 1 && marks(meeting) == 1);

        retention.pass().await().atMost(Duration.ofSeconds(30));

        assertEquals(1, instances(meeting), "ready to appear when stranger1 or stranger2 gets mapped");
        assertEquals(1, marks(meeting));
    }
}
