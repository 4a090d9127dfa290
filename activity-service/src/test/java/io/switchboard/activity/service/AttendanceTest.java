package io.switchboard.activity.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.switchboard.activity.service.Attendance.Bounds;
import io.switchboard.activity.service.Attendance.Mark;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AttendanceTest {

    private static final Instant T0 = Instant.parse("2026-11-02T10:00:00Z");
    private static final Bounds HOUR = new Bounds(T0, T0.plusSeconds(3600));

    private static Instant at(int minute) {
        return T0.plusSeconds(minute * 60L);
    }

    @Test
    void twoStaysCountTheirMinutesAndNotTheGapBetween() {
        List<Mark> marks = List.of(
                new Mark("a", true, at(0)),
                new Mark("a", false, at(10)),
                new Mark("b", true, at(30)),
                new Mark("b", false, at(40)));

        Attendance attendance = Attendance.of(marks, HOUR);

        assertEquals(20, attendance.minutesPresent());
        assertEquals(2, attendance.stays());
        assertEquals(at(0), attendance.firstJoin());
        assertEquals(at(40), attendance.lastLeave());
    }

    @Test
    void aRejoinUnderTheSameSessionIdIsASecondStay() {
        List<Mark> marks = List.of(
                new Mark("a", true, at(0)),
                new Mark("a", false, at(10)),
                new Mark("a", true, at(50)),
                new Mark("a", false, at(55)));

        assertEquals(15, Attendance.of(marks, HOUR).minutesPresent());
    }

    @Test
    void overlappingStaysOnTwoDevicesCountOnce() {
        List<Mark> marks = List.of(
                new Mark("laptop", true, at(0)),
                new Mark("phone", true, at(5)),
                new Mark("laptop", false, at(20)),
                new Mark("phone", false, at(30)));

        assertEquals(30, Attendance.of(marks, HOUR).minutesPresent());
    }

    @Test
    void aLostJoinStartsAtTheMeetingsStartAndAMissingLeaveEndsAtItsEnd() {
        assertEquals(
                15, Attendance.of(List.of(new Mark("a", false, at(15))), HOUR).minutesPresent());
        assertEquals(
                45, Attendance.of(List.of(new Mark("a", true, at(15))), HOUR).minutesPresent());
    }

    @Test
    void aStayOfAMeetingStillRunningHasNoEndYet() {
        Attendance attendance = Attendance.of(List.of(new Mark("a", true, at(15))), new Bounds(T0, null));

        assertEquals(0, attendance.minutesPresent());
        assertNull(attendance.lastLeave());
    }

    @Test
    void theOrderOfTheMarksDoesNotMatter() {
        List<Mark> marks = new ArrayList<>(List.of(
                new Mark("a", true, at(0)),
                new Mark("a", false, at(10)),
                new Mark("a", true, at(50)),
                new Mark("a", false, at(55)),
                new Mark("b", true, at(5)),
                new Mark("b", false, at(12))));
        Attendance expected = Attendance.of(marks, HOUR);
        Random random = new Random(7);
        for (int round = 0; round < 50; round++) {
            Collections.shuffle(marks, random);
            assertEquals(expected, Attendance.of(marks, HOUR));
        }
    }
}
