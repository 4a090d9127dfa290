package io.switchboard.activity.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.switchboard.activity.service.LogicalMeetings.Group;
import io.switchboard.activity.service.LogicalMeetings.Instance;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogicalMeetingsTest {

    private static final Instant T0 = Instant.parse("2026-11-02T10:00:00Z");
    private static final Duration GAP = Duration.ofMinutes(15);

    private static Instance instance(String uuid, int startMinute, Integer endMinute, Integer lastSeenMinute) {
        return new Instance(
                uuid,
                "host",
                "Sync",
                T0.plusSeconds(startMinute * 60L),
                endMinute == null ? null : T0.plusSeconds(endMinute * 60L),
                lastSeenMinute == null ? null : T0.plusSeconds(lastSeenMinute * 60L),
                1);
    }

    @Test
    void anInstanceStartedWithinTheGapOfTheLastOnesEndJoinsIt() {
        List<Group> groups =
                LogicalMeetings.group(List.of(instance("b", 30, 60, null), instance("a", 0, 20, null)), GAP);

        assertEquals(1, groups.size());
        assertEquals("a", groups.get(0).key());
        assertEquals(T0.plusSeconds(3600), groups.get(0).endedAt());
    }

    @Test
    void anInstanceStartedLaterThanTheGapIsAnotherMeeting() {
        List<Group> groups =
                LogicalMeetings.group(List.of(instance("a", 0, 20, null), instance("b", 36, 60, null)), GAP);

        assertEquals(2, groups.size());
    }

    @Test
    void aRunningInstanceReachesAsFarAsItsLastJoinOrLeave() {
        List<Group> groups =
                LogicalMeetings.group(List.of(instance("a", 0, null, 50), instance("b", 60, null, null)), GAP);

        assertEquals(1, groups.size(), "the host restarted 10 minutes after the last sign of life");
    }
}
